# next() with a default value on exhausted generators and iterators
def two():
    yield "a"
    yield "b"
g = two()
print(next(g, "x"))
print(next(g, "x"))
print(next(g, "x"))
print(next(g, None))
it = iter([1])
print(next(it, 0), next(it, 0))
print(next(iter([]), "empty"))
print(next((i for i in range(10) if i > 5), -1))
print(next((i for i in range(10) if i > 50), -1))
