# Repetition and extension of lists and tuples: the sizes, aliasing and
# the errors.
a = [1, 2, 3]
print(a * 0, a * -2, a * 1, a * 3, 2 * a, [] * 5, [None] * 4, [7] * True, [7] * False)
t = (1, "x")
print(t * 0, t * 3, 3 * t, () * 4, (5,) * 6)
r = a * 2
r.append(9)
print(r, a)
grid = [[0] * 3] * 2
grid[0][1] = 5
print(grid)
b = [1, 2]
b.extend(b)
print(b)
b.extend((3, 4))
b.extend([])
b.extend(())
b.extend(range(3))
b.extend("ab")
print(b, len(b))
c = []
for i in range(20):
    c.extend([i, i])
print(c)
d = list((1, 2, 3))
d += [4]
d += (5,)
print(d)
e = [0] * 10
e *= 2
print(e, len(e))
try:
    [1] * "a"
except TypeError as x:
    print(x)
try:
    (1,) * 2.0
except TypeError as x:
    print(x)
big = [1, 2] * 500
print(len(big), big[-1], sum(big))
for k in range(10):
    r = [k] * k
    print(len(r), r == [k for _ in range(k)], (k,) * k == tuple(r))
