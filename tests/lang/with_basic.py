# The with statement: __enter__/__exit__, several managers, suppression,
# and return, break and continue inside the block.

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        if typ is None:
            log.append("exit " + self.name + " ok")
        else:
            log.append("exit " + self.name + " " + typ.__name__ + ": " + str(value) + " tb " + str(tb is not None))
        return self.suppress


with CM("a") as x:
    log.append("body " + x)
print(log)
log.clear()

with CM("a") as x, CM("b") as y:
    log.append("body " + x + y)
print(log)
log.clear()

with CM("s", True):
    log.append("before")
    raise ValueError("boom")
    log.append("not reached")
log.append("after")
print(log)
log.clear()

try:
    with CM("outer", False), CM("inner", True):
        raise KeyError("k")
    log.append("suppressed inside")
    with CM("outer", False), CM("inner", False):
        1 // 0
except ZeroDivisionError as e:
    log.append("caught " + str(e))
print(log)
log.clear()


def f(n):
    with CM("f"):
        if n > 0:
            return "early"
        log.append("late")
    return "end"


print(f(1), f(0), log)
log.clear()

for i in range(4):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body " + str(i))
print(log)
log.clear()

k = 0
while True:
    with CM("w"):
        k += 1
        if k < 2:
            continue
        break
print(k, log)
log.clear()


class Exits:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        log.append(len(args))
        raise RuntimeError("in exit")


try:
    with Exits() as e:
        raise ValueError("first")
except RuntimeError as r:
    print("RuntimeError:", r, type(r.__context__).__name__)
print(log)
log.clear()


def gen():
    with CM("g"):
        yield 1
        yield 2


for v in gen():
    log.append(v)
print(log)
log.clear()

with CM("tu") as (p, q):
    pass
print(p, q, log)
log.clear()


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        return False


for m in (1, NoExit(), NoEnter()):
    try:
        with m:
            print("not here")
    except TypeError as e:
        print("TypeError:", e)


class Enter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit not called")


try:
    with Enter():
        pass
except ValueError as e:
    print("ValueError:", e)

with CM("last"):
    raise IndexError("uncaught")
