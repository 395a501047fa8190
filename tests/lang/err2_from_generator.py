# uncaught exception raised inside a generator while being consumed
def items(n):
    for i in range(n):
        if i == 3:
            raise ValueError("generator failed at " + str(i))
        yield i
total = 0
for v in items(10):
    print("got", v)
    total += v
print("unreachable", total)
