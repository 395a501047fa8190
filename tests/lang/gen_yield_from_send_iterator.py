# gen: a value sent through `yield from` to an iterator that is not a
# generator calls its send method (AttributeError for the builtin ones,
# named as CPython names their types); None is next()
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return (self.n, v)


def deleg(it):
    r = yield from it
    yield ("end", r)


g = deleg(Echo())
print(next(g), g.send("a"), g.send(None), g.send("b"))
for it in [[1, 2], (1, 2), "ab", range(3), {"k": 1}, {5}, b"xy", bytearray(b"z")]:
    g = deleg(iter(it))
    print(next(g), g.send(None), end=" ")
    try:
        g.send(7)
    except (AttributeError, StopIteration) as e:
        print(type(e).__name__, e)
try:
    iter([1])[0]
except TypeError as e:
    print(e)
