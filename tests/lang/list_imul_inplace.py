# *= repeats a list in place (aliases see it); ints, strs, tuples and
# instances get new values
a = [1, 2]
b = a
a *= 3
print(a, b, a is b)
a *= 0
print(a, b, a is b)
c = [[0]] * 2
d = c
d *= 2
print(c, c[0] is c[3])
n = 6
n *= 7
s = "ab"
t = s
s *= 2
print(n, s, t, (1,) * 2)
tu = (1, 2)
tu *= 2
print(tu)
x = 2 ** 40
x *= 3
f = 1.5
f *= 2
print(x, f, True * 3)


class V:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return V(self.v * k)


class W:
    def __init__(self):
        self.log = []

    def __imul__(self, k):
        self.log.append(k)
        return self


v = V(2)
v *= 5
w = W()
w2 = w
w *= 3
print(v.v, w.log, w is w2)
grid = [[0] * 3]
grid[0] *= 2
print(grid)
k = [5]
k *= -1
print(k)
b = a = [1, 2]
b *= 2
print(a)
try:
    lst = [1]
    lst *= "x"
except TypeError as e:
    print("TypeError", e)
