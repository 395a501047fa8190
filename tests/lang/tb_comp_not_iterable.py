# The first iterable of a comprehension is the enclosing frame's.
x = [i for i in 5]
