# slice: slice() objects used as subscripts, their repr and attributes
a = list(range(10))
s = slice(2, 8, 2)
print(a[s], s)
print(s.start, s.stop, s.step)
print(slice(3), a[slice(3)], a[slice(None, None, -1)])
print('abcdef'[slice(1, 4)])
