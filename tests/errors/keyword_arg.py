# error: 2:10: a keyword argument is not supported
print(1, sep=2)
