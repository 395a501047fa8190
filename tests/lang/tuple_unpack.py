# tuple: unpacking into names, swap, nested unpacking, unpack in for
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
for x, y in [(1, 'a'), (2, 'b')]:
    print(x, y)
def pair(n):
    return n, n * n
p, q = pair(7)
print(p, q)
r = pair(3)
print(r, r[1])
