# error: 2:5: a generator expression is not supported
g = (x for x in range(3))
