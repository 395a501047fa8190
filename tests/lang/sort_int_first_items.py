# sort of tuples whose first items are small ints (compared inline when
# they differ): ties settled by the later items, reverse keeps stability,
# and keys that only look alike (an empty tuple, a bool, a float, a big
# int, a str first) take the general comparison.
def lcg(n, m, s):
    r = []
    for i in range(n):
        s = (s * 1103 + 12345) % 65536
        r.append(s % m - m // 2)
    return r

for n in [2, 8, 9, 17, 40, 70]:
    v = lcg(n, 7, n)
    w = lcg(n, 3, n + 5)
    t = [(a, b, i) for i, (a, b) in enumerate(zip(v, w))]
    print(sorted(t)[:6], sorted(t, reverse=True)[:6])
    u = [(a, b) for a, b in zip(v, w)]
    r = sorted(u, key=lambda p: (p[0],), reverse=True)
    print(r == sorted(u, key=lambda p: p[0], reverse=True), r[:5])
    s = [(a, str(b)) for a, b in zip(v, w)]
    s.sort()
    print(s[:5], s[-3:])

mixed = [(3, 1), (), (1,), (True, 2), (0.5, 0), (2**40, 1), (-1, 9), (1, 0)]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([("b", 1), ("a", 2), ("a", 1)]))
print(sorted([(1, "x"), (1, "a"), (0, "z")], reverse=True))
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)
