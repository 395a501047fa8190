# except with a tuple of exception types
def risky(n):
    if n == 0:
        return [][1]
    if n == 1:
        return {}["x"]
    if n == 2:
        return int("zz")
    if n == 3:
        return 1 // 0
    return "ok"
for n in range(5):
    try:
        print(risky(n))
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__)
    except (ValueError, ZeroDivisionError) as e:
        print("math-ish", type(e).__name__, e)
errs = (TypeError, AttributeError)
try:
    None.foo
except errs as e:
    print("from tuple variable", type(e).__name__)
try:
    raise LookupError("base")
except (KeyError, LookupError) as e:
    print("LookupError caught", e)
