# re-raise with bare raise keeps the same exception object
def inner():
    raise KeyError("missing")
def middle():
    try:
        inner()
    except KeyError as e:
        print("middle saw", repr(e))
        e.args = ("changed",)
        raise
try:
    middle()
except KeyError as e:
    print("outer saw", repr(e), e.args)
def again():
    try:
        1 // 0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as z:
            print("reraised", z)
again()
