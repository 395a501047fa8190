# loop: for with enumerate/zip unpacking and nested tuple targets
pairs = [('a', 1), ('b', 2)]
for i, (name, val) in enumerate(pairs):
    print(i, name, val)
for a, b in zip('xy', [10, 20]):
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
