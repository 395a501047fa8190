# sort and sorted at lengths around the runtime's insertion runs of eight:
# stability, reverse, keys, tuples, strs.
def lcg(n, m, s):
    r = []
    for i in range(n):
        s = (s * 1103 + 12345) % 65536
        r.append(s % m)
    return r

for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100]:
    v = lcg(n, 10, n + 1)
    print(n, sorted(v), sorted(v, reverse=True))
    pairs = [(x, i) for i, x in enumerate(v)]
    print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs), sorted(pairs, key=lambda p: -p[0])[:5])
    print(sorted(pairs, key=lambda p: p[0], reverse=True)[:6])
    w = [str(x) * (x % 3 + 1) for x in v]
    w.sort()
    print(w[:8], sorted(w, key=len)[:8], sorted(w, key=len, reverse=True)[:8])
    t = [(x % 3, str(x)) for x in v]
    print(sorted(t, reverse=True)[:7], sorted(t)[-3:])
