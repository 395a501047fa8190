# generator throw() delivers an exception at the paused yield
def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(it, "finished"))
