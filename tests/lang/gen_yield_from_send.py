# send() values pass through yield from into the sub-generator
def inner():
    got = []
    while len(got) < 2:
        v = yield len(got)
        got.append(v)
    return got
def outer():
    r = yield from inner()
    yield "inner returned " + str(r)
g = outer()
print(next(g))
print(g.send("x"))
print(g.send("y"))
print(next(g, "end"))
