# Default values, keyword arguments, closures with nonlocal, lambda.
def f(a, b=2, c=3):
    return a + b * c
print(f(1), f(1, 5), f(1, c=10), f(a=4, b=0))
def make_counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = make_counter()
print(c(), c(), c(5))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x * 2, [1, 2, 3])))
def outer(x):
    def mid(y):
        def inner(z):
            return x + y + z
        return inner
    return mid
print(outer(1)(2)(3))
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def move(self, dx=1, dy=1):
        return P(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p = P(1)
print(p, P(x=2, y=3), p.move(), p.move(dy=5))
adders = [lambda v, k=k: v + k for k in range(3)]
print([a(10) for a in adders])
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, d=2)
except TypeError as e:
    print(e)
