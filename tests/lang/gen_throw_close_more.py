# throw() and close() through yield from, on fresh and finished generators


def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-recovered"
    finally:
        print("inner finally")
    return "inner-done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"


g = outer()
print(next(g))
print(g.throw(KeyError("x")))
print(next(g))
print(next(g, "end"))

g = outer()
print(next(g))
g.close()
print("closed outer")

fresh = inner()
try:
    fresh.throw(ValueError("early"))
except ValueError as e:
    print("fresh raised", e)
print(next(fresh, "fresh is finished"))
fresh.close()


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
            yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def returns():
    yield 1
    return [1, 2]


r = returns()
next(r)
try:
    r.send("x")
except StopIteration as e:
    print("value", e.value, e.args)
try:
    next(r)
except StopIteration as e:
    print("again", e.value, e.args)
print(StopIteration(5).value, StopIteration().value)


def leaks():
    yield next(iter([]))


try:
    list(leaks())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
