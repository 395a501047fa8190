# error: 3:5: lambda is not supported
x = 1
y = lambda a: a
