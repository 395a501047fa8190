# exceptions raised inside generators propagate to the consumer
def risky(xs):
    for x in xs:
        yield 10 // x
try:
    for v in risky([5, 2, 0, 1]):
        print(v)
except ZeroDivisionError as e:
    print("caught", e)
def safe(xs):
    for x in xs:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield -1
print(list(safe([5, 0, 3])))
g = risky([0])
try:
    next(g)
except ZeroDivisionError:
    print("first next failed")
print(next(g, "done"))
