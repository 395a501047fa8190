# chained generator pipeline
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(src, k):
    for x in src:
        if k <= 0:
            return
        k -= 1
        yield x

print(list(squared(evens(numbers(10)))))
print(list(take(squared(evens(numbers(100))), 3)))
pipe = (x + 1 for x in (y * 3 for y in range(5)))
print(list(pipe))
print(list(pipe))
