# list: item assignment and deletion, negative indices
a = [10, 20, 30, 40, 50]
a[0] = 1
a[-1] = 5
print(a)
del a[1]
print(a)
del a[-1]
print(a)
a[1] += 7
print(a)
m = [[0, 0], [0, 0]]
m[1][0] = 3
print(m)
