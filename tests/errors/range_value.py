# error: 2:5: range() is only supported as the iterable of a for loop
r = range(3)
