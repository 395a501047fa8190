# A fault inside a generator shows its frame.
def gen(n):
    for i in range(n, -1, -1):
        yield 10 // i


for v in gen(3):
    print(v)
