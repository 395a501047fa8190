# TypeError: unary minus of None.
x = None
y = -x
