# Subscripts of every kind of object and index, reads, writes and
# augmented writes, in the order CPython evaluates them.
a = [10, 20, 30]
print(a[0], a[2], a[-1], a[-3], a[True], a[False])
a[1] = 21
a[-1] = 31
a[True] += 1
print(a)
t = (1, 2, 3)
print(t[0], t[-1], "abc"[1], {"k": 5}["k"], range(5)[3], b"xy"[1])
for bad in (3, -4, 10 ** 20):
    try:
        print(a[bad])
    except IndexError as e:
        print("IndexError", e)
    try:
        a[bad] = 0
    except IndexError as e:
        print("IndexError", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError", e)
try:
    n = 5
    n[0]
except TypeError as e:
    print("TypeError", e)


def trace(x, tag):
    print("eval", tag)
    return x


trace(a, "obj")[trace(0, "index")] = trace(99, "value")
trace(a, "obj")[trace(1, "index")] += trace(5, "value")
print(a)
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        m[i][j] += i * 3 + j
        m[j][i] = m[j][i] * 1
print(m)
b = c = [0, 0]
b[0] = c[1] = 7
print(b, c)
d = {}
d[1] = d
s = [0]
s[0] = s
print(len(d), s[0] is s)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, k):
        return self.cells.get(k, 0)

    def __setitem__(self, k, v):
        self.cells[k] = v


g = Grid()
g[1, 2] = 5
g[1, 2] += 1
print(g[1, 2], g[0, 0])
