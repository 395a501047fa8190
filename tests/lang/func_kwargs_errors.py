# TypeError messages for bad calls: missing, extra positional, duplicate keyword
def f(a, b=1):
    return a + b
cases = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, a=2),
    lambda: f(1, c=2),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
def g(*, k):
    return k
try:
    g()
except TypeError as e:
    print(e)
