# infinite generators consumed with break and zip
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break
print(list(zip("abc", naturals())))
print(list(zip(naturals(), [10, 20])))
def cycle(xs):
    while True:
        for x in xs:
            yield x
out = []
for i, c in zip(range(7), cycle("xy")):
    out.append(c + str(i))
print(out)
g = naturals()
print([next(g) for _ in range(4)])
