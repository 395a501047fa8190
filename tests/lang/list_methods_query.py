# list: index, count, copy, reverse, sort
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(9), a.index(1, 2))
print(a.count(1), a.count(7))
b = a.copy()
b.reverse()
print(a, b)
b.sort()
print(b)
b.sort(reverse=True)
print(b)
print(a is b, a == a.copy())
