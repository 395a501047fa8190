# yield as an expression: inside calls, operators, conditions and displays
def echo():
    while True:
        print("got", (yield "ready"))


def adder():
    total = 0
    while True:
        total = total + (yield total) * 2


def mixed(n):
    x = 1 + (yield)
    y = [n, (yield x), n + 1]
    z = {"a": (yield y), "b": (yield "b")}
    w = (yield z) if n > 0 else (yield -1)
    v = n and (yield w) or "falsy"
    s = f"{n}-{(yield v)}-{n}"
    if (yield s):
        return "true branch"
    return "false branch"


def counter():
    i = 0
    while (yield i) != "stop":
        i += (yield "inc")
    yield "done"


e = echo()
print(next(e))
print(e.send(1))
print(e.send([2, 3]))

a = adder()
print(next(a), a.send(1), a.send(5), a.send(10))

m = mixed(3)
print(next(m))
for v in [10, 20, 30, 40, 50, 60, 70]:
    print(m.send(v))
try:
    m.send(1)
except StopIteration as stop:
    print("stopped", stop.args)

c = counter()
print(next(c), c.send(None), c.send(5), c.send("go"), c.send(7), c.send("stop"))
print(list(x for x in [1, 2]))


def pairs():
    out = []
    while len(out) < 3:
        out.append(((yield len(out)), (yield "second")))
    yield out


p = pairs()
r = next(p)
k = 0
while not isinstance(r, list):
    k += 1
    r = p.send(k)
print(r)
