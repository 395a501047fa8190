# raising inside except sets __context__
def f():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("converted")
try:
    f()
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        1 // 0
    except ZeroDivisionError as z:
        raise RuntimeError("again") from None
except RuntimeError as r:
    print(repr(r), r.__cause__, r.__suppress_context__, type(r.__context__).__name__)
