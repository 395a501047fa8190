# __context__ of exceptions raised in functions called from except and
# finally blocks, and none once the handler is left


def fail(kind):
    if kind == "key":
        return {}["missing"]
    raise ValueError(kind)


def ctx(e):
    c = e.__context__
    return type(e).__name__ + "<-" + (type(c).__name__ if c is not None else "None")


def in_handler():
    try:
        1 // 0
    except ZeroDivisionError:
        fail("key")


def after_handler():
    try:
        1 // 0
    except ZeroDivisionError:
        pass
    fail("v")


def returned_from_handler():
    try:
        [][1]
    except IndexError:
        return "r"


def in_loop():
    for i in range(3):
        try:
            int("x")
        except ValueError:
            if i == 1:
                break
            continue
    fail("loop")


def nested():
    try:
        1 // 0
    except ZeroDivisionError:
        try:
            fail("inner")
        except ValueError:
            fail("key")


def left_by_exception():
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            fail("first")
    except ValueError as e:
        print("caught", ctx(e))
    fail("later")


def in_finally():
    try:
        fail("body")
    finally:
        fail("key")


tests = [("in_handler", in_handler), ("after_handler", after_handler), ("in_loop", in_loop),
         ("nested", nested), ("left_by_exception", left_by_exception), ("in_finally", in_finally)]
for name, f in tests:
    try:
        f()
    except Exception as e:
        print(name, ctx(e), ctx(e.__context__) if e.__context__ else "")

print(returned_from_handler())
try:
    fail("top")
except ValueError as e:
    print("top", ctx(e))


def gen():
    try:
        1 // 0
    except ZeroDivisionError:
        yield 1
    yield 2


g = gen()
print(next(g))
try:
    fail("while suspended")
except ValueError as e:
    print("suspended", ctx(e))
print(next(g))

try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(ctx(e), e.__suppress_context__, e.__cause__)
