# error: 2:5: a float is not supported
x = 1.5
