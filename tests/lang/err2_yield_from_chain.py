# uncaught exception raised in a sub-generator reached through yield from
def leaf(n):
    for i in range(n):
        if i == 2:
            raise IndexError("leaf index " + str(i))
        yield i
def middle():
    yield "start"
    yield from leaf(5)
for v in middle():
    print(v)
