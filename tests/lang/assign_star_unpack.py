# assign: unpacking with *rest in various positions, from lists, tuples, strings
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
a, *mid, b = 'hello'
print(a, mid, b)
p, *q = [9]
print(p, q)
x, *y, z = range(2)
print(x, y, z)
[m, n] = 'ab'
print(m, n)
(u, v), *w = [(1, 2), 3, 4]
print(u, v, w)
