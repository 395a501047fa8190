# Tuple assignment: every value first, then targets left to right.
a = 1
b = 2
a, b = b, a
print(a, b)
a, a = 1, 2
print(a)
x, y, z = 3, 4, 5
x, y, z = z, x, y
print(x, y, z)
p, q, r, s = 1, 2, 3, 4
p, q, r, s = s, r, q, p
print(p, q, r, s)
p, q, p, q = 5, 6, 7, 8
print(p, q)
c = d = e = 9
print(c, d, e)

def f():
    u, v = 10, 20
    u, v = v, u + v
    return u * 100 + v

print(f())
