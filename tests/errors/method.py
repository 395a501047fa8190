# error: 3:1: the method .append() is not supported
x = 1
x.append(2)
