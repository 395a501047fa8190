# Generators: yield, yield from with a return value, send, finally, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for x in fib():
    if x > 50:
        break
    print(x, end=" ")
print()
g = (x * x for x in range(6) if x % 2)
print(next(g), list(g))
print(sum(x for x in range(10)))
def inner():
    yield 1
    yield 2
    return "done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return
        total += v
e = echo()
next(e)
print(e.send(5), e.send(10))
def safe():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in safe():
    print("got", v)
def gen_exc():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as err:
        yield str(err)
print(list(gen_exc()))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
