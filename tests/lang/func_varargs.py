# *args, keyword-only parameters, **kwargs, and unpacking in calls.
def f(a, *args, k=1, **kw):
    return (a, args, k, kw)
print(f(1), f(1, 2, 3), f(1, k=5, z=9), f(*[1, 2], **{"k": 3}))
def g(*, x, y=2):
    return x + y
print(g(x=1), g(x=1, y=5))
xs = [3, 1, 2]
print(max(*xs), *xs, sep="-")
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*(1, 2), c=3), h(**{"a": 1, "b": 2, "c": 3}))
try:
    g()
except TypeError as e:
    print(e)
