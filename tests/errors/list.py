# error: 2:5: a list is not supported
x = [1, 2]
