# slice: del with simple and extended slices
a = list(range(10))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[:]
print(a)
