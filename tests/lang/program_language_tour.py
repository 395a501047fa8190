# Statements, generators and functions of the language issue together.
def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("thrown", e)
            x = 0
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError("v")))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)

def inner():
    yield 1
    r = yield 2
    return r * 10

def outer():
    v = yield from inner()
    yield v

o = outer()
print(next(o), next(o), o.send(4))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
if (n := len("hello")) > 3:
    print("long", n)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
x = y = [0]
x += [1]
print(y, x is y)
print(1 < 2 < 3 > 2, 1 < 2 > 3, (1 or 0) and "yes", 0 or None or "z", not 0)
def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(kw(1, c=3), kw(1, 9, 8, 7, c=0, e=5, f=6), kw(*[1, 2, 3], **{"c": 1, "z": 0}))
def deco(fn):
    def w(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return w
@deco
def hello(name="x"):
    """Doc."""
    return "hi " + name
print(hello(), hello(name="y"), (lambda *a: len(a))(1, 2, 3))
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
else:
    print("no")
for j in range(2):
    pass
else:
    print("else", j)
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError as e:
    print("caught", e)
else:
    print("noexc")
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.args)
def gen_range():
    yield from range(3)
print(list(gen_range()), sum(x for x in range(4)), {x % 3 for x in range(10)}, {k: v for k, v in zip("ab", [1, 2])})
global_v = 1
def setg():
    global global_v
    global_v += 1
setg()
print(global_v)
assert True, "never"
del x
try:
    print(x)
except NameError as e:
    print(e)
