# tuple: creation, one-element tuple, indexing, len, concat, repeat, repr
t = (1, 2, 3)
u = (4,)
e = ()
print(t, u, e, len(t), len(u), len(e))
print(t[0], t[-1], t + u, u * 3, 2 * t)
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,))
print(2 in t, 5 in t)
x = 1, 2
print(x, type(x).__name__)
print(((1, 2), (3,)), (('a',),))
