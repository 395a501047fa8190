# A parse error quoting a string that spans lines: the message must stay on one line.
x = 1 '''two
lines\x00''' y
