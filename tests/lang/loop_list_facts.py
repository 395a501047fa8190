# Subscripts in loops of a local that the loop never rebinds: the compiler
# tests "is it a list" once at the loop's entry. Every other case must
# still behave as CPython: other types, rebinding in the loop, lists that
# change length, locals not yet bound, del and except-as.
class Seq:
    def __init__(self):
        self.d = {}

    def __getitem__(self, i):
        return self.d.get(i, i * 10)

    def __setitem__(self, i, v):
        self.d[i] = v + 1


def fill(x, n):
    for i in range(n):
        x[i] = i * i
    return [x[i] for i in range(n)]


print(fill([0] * 4, 4), fill({}, 3), fill(Seq(), 3))
print(fill(bytearray(3), 3))


def total(x):
    s = 0
    i = 0
    while i < len(x):
        s += x[i]
        x[i] += 1
        i += 1
    return s, x


print(total([1, 2, 3]), total((4, 5)) if False else total([7]))
try:
    total((4, 5))
except TypeError as e:
    print("TypeError", e)


def rebinds():
    x = [1, 2, 3]
    out = []
    for i in range(3):
        out.append(x[i])
        x = (9, 8, 7) if i == 0 else "abc"
    return out


print(rebinds())


def walrus(items):
    x = [0]
    out = []
    k = 0
    while k < 3 and (x := items[k]) is not None:
        out.append(x[0])
        k += 1
    return out


print(walrus([[1], (2,), "3", None]))


def shrinking():
    x = [1, 2, 3, 4]
    out = []
    try:
        for i in range(4):
            out.append(x[i])
            x.pop()
    except IndexError as e:
        out.append(str(e))
    return out


print(shrinking())


def late(flag):
    if flag:
        x = [5, 6]
    out = []
    for i in range(2):
        if flag:
            out.append(x[i])
    return out


print(late(True), late(False))


def unbound():
    out = []
    try:
        for i in range(2):
            if i:
                out.append(x[0])
        x = [1]
    except UnboundLocalError:
        out.append("unbound")
    return out


print(unbound())


def deleted():
    x = [1, 2]
    y = x
    out = [x[0]]
    del x
    try:
        for i in range(2):
            out.append(y[i])
            out.append(x[i])
    except NameError as e:
        out.append(type(e).__name__)
    return out


print(deleted())


def handler():
    e = [3, 4]
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        for i in range(2):
            print(e[i])
    except NameError as err:
        print(type(err).__name__)


handler()


def nested(grid):
    n = 0
    for r in range(len(grid)):
        row = grid[r]
        for c in range(len(row)):
            n += row[c] * grid[r][c]
    return n


print(nested([[1, 2], [3, 4]]), nested(((1, 2), [3, 4])), nested(["ab"] * 0))


def negative(x):
    return [x[-1 - i] for i in range(len(x))], [x[i] for i in range(-2, 0)]


print(negative([1, 2, 3]), negative((4, 5)))
