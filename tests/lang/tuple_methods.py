# tuple: index, count, tuple() constructor, hash equality
t = (3, 1, 3, 2, 3)
print(t.index(3), t.index(2), t.count(3), t.count(9))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple())
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
print(tuple(t) is t or tuple(t) == t)
