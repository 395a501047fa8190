# error: 3:8: unpacking anything but a tuple of values is not supported
x = 1
a, b = x
