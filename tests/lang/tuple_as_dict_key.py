# tuple: tuples as dict keys and set members
d = {}
d[(0, 0)] = 'origin'
d[(1, 2)] = 'p'
print(d[(0, 0)], d[1, 2], (1, 2) in d, (2, 1) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s)
print(sorted(d.keys()))
