# generator with early return stops iteration
def first_neg(items):
    for x in items:
        if x < 0:
            return
        yield x
    yield "end"

print(list(first_neg([1, 2, -3, 4])))
print(list(first_neg([5, 6])))
print(list(first_neg([])))
def empty():
    return
    yield 1
print(list(empty()))
