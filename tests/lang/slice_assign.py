# slice: slice assignment that grows, shrinks and replaces, and extended slices
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[2:5] = []
print(a)
a[:0] = [9, 9]
print(a)
a[len(a):] = [7]
print(a)
b = list(range(8))
b[::2] = ['x', 'x', 'x', 'x']
print(b)
b[:] = [1]
print(b)
