# enumerate, zip, map and filter are lazy: items are made when asked for,
# so infinite iterators work and side effects come in CPython's order.
def counter():
    n = 0
    while True:
        n += 1
        yield n

log = []
def f(x):
    log.append(x)
    return x * 2

m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
for i, v in enumerate(counter(), 10):
    if i > 13:
        break
    print(i, v)
print(list(zip(counter(), "abc")))
print(list(zip("ab", counter(), [7, 8, 9])))
print(list(zip()), list(zip([1])))
print(list(filter(None, [0, 1, "", "x", None, 2])))
print(list(filter(lambda v: v % 2, range(7))))
print(dict(zip("abc", range(3))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(enumerate("xy", start=5)))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    map(f, 5)
except TypeError as e:
    print("TypeError", e)
try:
    zip([1], 5)
except TypeError as e:
    print("TypeError", e)
e = enumerate([4, 5])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("stop")
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z), list(z))
print(sum(map(abs, [-1, -2, 3])), max(map(len, ["a", "abc"])), sorted(filter(None, [3, 0, 1])))
print(any(map(lambda v: v > 2, counter())))
