# err: the TypeError of a call with the wrong number of arguments, caught: CPython's messages
def f(a, b):
    return a + b


def none():
    return 0


def four(a, b, c, d):
    return a


def opt(a, b=2, *, c):
    return a


def gen(n):
    yield n


class C:
    def m(self, x):
        return x

    def n(self):
        return 1


def outer():
    def inner(q, r):
        return q
    return inner


calls = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: none(1),
    lambda: four(1),
    lambda: four(1, 2),
    lambda: opt(1),
    lambda: opt(1, 2, 3, c=4),
    lambda: opt(1, 2, 3),
    lambda: gen(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C().n(5),
    lambda: C.m(C()),
    lambda: outer()(1),
    lambda: outer()(1, 2, 3),
    lambda: (lambda x: x)(),
    lambda: f(1, c=2),
    lambda: f(1, a=2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
g = f
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    none(1)
except TypeError as e:
    print(e)
x = 5
try:
    x(1, 2, 3, 4, 5, 6, 7, 8)
except TypeError as e:
    print(e)
