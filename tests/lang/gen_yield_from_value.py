# yield from delegates and captures the sub-generator's return value
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from inner(1)
    print("second returned", r2)
    yield r + r2

print(list(outer()))
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, 4]], 5, []])))
def from_list():
    yield from [7, 8]
    yield from "ab"
print(list(from_list()))
