# An expression over several lines underlines to the end of its first line.
values = [1, 2]
total = (values[0] +
         values[1] + None)
