# slice: slices are shallow copies
a = [[1], [2], [3]]
b = a[:2]
b[0].append(10)
b.append('new')
print(a)
print(b)
c = a[::-1]
print(c, c[0] is a[2])
