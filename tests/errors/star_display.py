# error: 2:6: a starred expression is not supported
x = [*range(3)]
