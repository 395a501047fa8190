# nested try/except/finally ordering
def f(n):
    try:
        print("outer try")
        try:
            print("inner try")
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            print("inner ok")
        except ValueError as e:
            print("inner caught", e)
        finally:
            print("inner finally")
        print("after inner")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
    return "done" + str(n)
for n in range(3):
    print(f(n))
