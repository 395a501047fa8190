# for loops and comprehensions over lists see the list as it is at each
# step, as CPython's list iterator does.
a = [1, 2, 3]
for x in a:
    if x < 6:
        a.append(x + 3)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
c = [1, 2, 3]
seen = []
for x in c:
    seen.append(x)
    c = [9, 9]
print(seen, c)
d = [1, 2, 3, 4]
out = []
for x in d:
    out.append(x)
    if x == 2:
        d[:] = [7, 8, 9, 10, 11]
print(out)
e = [3, 1, 2]
print([x * y for x in e for y in e if x != y], [x for x in e if x > 1 and x < 3])
for x in []:
    print("never")
else:
    print("empty else")
for x in [5, 6]:
    if x == 6:
        break
else:
    print("not printed")
print(x)


def gen(lst):
    for v in lst:
        yield v * 2
    yield -1


g = list(gen([1, 2, 3]))
print(g)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
for ch in "ab":
    print(ch)
for t in (1, 2):
    print(t)
for k in {"x": 1, "y": 2}:
    print(k)
f = [[1, 2], [3]]
print([y for x in f for y in x], sum(x for x in [1, 2, 3]))
try:
    for x in 5:
        pass
except TypeError as err:
    print("TypeError", err)
