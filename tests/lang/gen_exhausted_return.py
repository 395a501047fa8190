# gen: a generator's return value goes with its first StopIteration only;
# next() on a generator exhausted by a loop raises a bare StopIteration
def g():
    yield 1
    return "done"


it = g()
print(list(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("first", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again", e.value, e.args)


def outer(sub):
    r = yield from sub
    yield r


it = g()
for x in it:
    pass
print(list(outer(it)))
it = g()
print(list(outer(it)))
