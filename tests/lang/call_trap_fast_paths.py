# Calls that the processor hands to the runtime: classes of the program
# with and without __init__, exceptions, closures, functions with
# defaults, keyword-only and star parameters, and wrong argument counts.
class P:
    def __init__(self, x, y=5):
        self.x = x
        self.y = y


class Q(P):
    pass


class E(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


class Bad:
    def __init__(self):
        return 3


class Empty:
    pass


p = P(1, 2)
q = Q(3)
print(p.x, p.y, q.x, q.y, type(q).__name__, isinstance(q, P))
e = E(7)
print(e.code, e.args, str(e))
print(type(Empty()).__name__)
try:
    Empty(1)
except TypeError as x:
    print("TypeError", x)
try:
    Bad()
except TypeError as x:
    print("TypeError", x)
try:
    P()
except TypeError as x:
    print("TypeError", x)
try:
    P(1, 2, 3)
except TypeError as x:
    print("TypeError", x)


def outer(k):
    total = 0

    def add(a, b=10):
        nonlocal total
        total += a * k + b
        return total

    def kw(a, *, scale=2):
        return a * scale

    def star(*xs):
        return len(xs)

    print(add(1), add(2, 3), kw(4), kw(4, scale=3), star(), star(1, 2, 3))
    f = lambda: total
    g = lambda a, b, c: a + b + c + k
    print(f(), g(1, 2, 3))
    try:
        add()
    except TypeError as x:
        print("TypeError", x)
    try:
        g(1, 2)
    except TypeError as x:
        print("TypeError", x)
    return add


h = outer(3)
print(h(100), h(0, 0))
objs = [P(i, i * i) for i in range(5)]
for o in objs:
    o.z = o.x + o.y
    o.w = 1
    o.v = 2
    o.u = 3
    o.t = 4
print([(o.x, o.y, o.z, o.w, o.v, o.u, o.t) for o in objs])
