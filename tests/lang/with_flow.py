# with statements and control flow: nesting with try/finally, generators
# closed inside a block, exceptions from __exit__, return values.

log = []


class CM:
    def __init__(self, name, result=False):
        self.name = name
        self.result = result

    def __enter__(self):
        log.append(">" + self.name)
        return self

    def __exit__(self, typ, value, tb):
        log.append("<" + self.name + ("" if typ is None else ":" + typ.__name__))
        return self.result


def find(items, want):
    for i, x in enumerate(items):
        with CM("loop" + str(i)):
            try:
                with CM("inner"):
                    if x == want:
                        return i
            finally:
                log.append("finally" + str(i))
    return -1


print(find([5, 6, 7], 6), log)
log.clear()


def gen():
    with CM("gen"):
        yield 1
        yield 2
        yield 3


g = gen()
print(next(g), log)
g.close()
print(log)
log.clear()


class Raiser(CM):
    def __exit__(self, typ, value, tb):
        log.append("exit " + str(typ is None))
        raise KeyError("from exit")


try:
    with Raiser("r"):
        log.append("body")
except KeyError as e:
    print("KeyError", e, e.__context__)
print(log)
log.clear()


def swallow():
    with CM("s", True):
        return 1 // 0
    return "swallowed"


print(swallow(), log)
log.clear()

total = 0
for i in range(5):
    with CM("c" + str(i), i % 2 == 1):
        if i % 2:
            raise ValueError(i)
        total += i
print(total, log)
log.clear()


class Resource:
    def __init__(self):
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False


r = Resource()
with r as same:
    print(same is r, r.open)
print(r.open)
with Resource() as a, Resource() as b:
    print(a.open, b.open, a is b)
print(a.open, b.open)


def nested(n):
    with CM("n" + str(n)):
        if n > 0:
            return nested(n - 1) + 1
        return 0


print(nested(3), log)
