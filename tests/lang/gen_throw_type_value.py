# gen: throw(type, value) raises value, made an instance of type when it is not one
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)
t = g(); next(t)
t.throw(ValueError, ValueError("v"))
t.throw(ValueError, "msg")
t.throw(KeyError, None)
t.throw(KeyError("k"))
