# set: in-place operators and update methods
a = {1, 2, 3}
a |= {4}
print(sorted(a))
a &= {1, 2, 4, 7}
print(sorted(a))
a -= {1}
print(sorted(a))
a ^= {4, 9}
print(sorted(a))
a.update([5, 6])
print(sorted(a))
c = a.copy()
c.clear()
print(sorted(a), c)
