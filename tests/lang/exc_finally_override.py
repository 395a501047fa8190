# return in finally overrides exception and earlier return
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def replace():
    try:
        try:
            raise KeyError("first")
        finally:
            raise IndexError("second")
    except Exception as e:
        return type(e).__name__ + " context=" + type(e.__context__).__name__
print(replace())
