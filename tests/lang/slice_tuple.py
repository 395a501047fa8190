# slice: tuple slicing returns tuples
t = (0, 1, 2, 3, 4, 5)
print(t[1:3], t[::2], t[::-1], t[4:], t[:0], t[-2:])
print(type(t[1:3]).__name__, len(t[1:5:2]))
