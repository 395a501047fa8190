# generator local state persists between next() calls; independent instances
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g1 = fib()
g2 = fib()
print([next(g1) for _ in range(10)])
print(next(g2), next(g2))
print(next(g1))
def running_max(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
