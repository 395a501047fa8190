# Copies, fills, comparisons and hashes of every length around the
# runtime's blocks of four and eight words, and str keys hashed twice
# across collections.
base = "abcdefghijklmnopqrstu"
for n in range(0, 21):
    s = base[:n]
    t = base[n:]
    print(n, s + "|" + t, s * 2, len(s * 3), s[1:n - 1], (s + "x") * 0 == "")
    print(s == base[:n], s == base[:n] + "x", s < base[:n + 1], base[:n + 1] > s, s <= s)
    u = list(s)
    u.append("!")
    print(u, tuple(u) + tuple(s), [n] * n, (n,) * (n % 5))
    d = {}
    for k in range(n):
        d[base[k:k + 3]] = k
    print(sorted(d.items()), hash(s) == hash(base[:n]), hash(s) == hash(s))

# Strs that differ only in their last character, at each length.
for n in range(1, 13):
    a = "q" * (n - 1) + "a"
    b = "q" * (n - 1) + "b"
    print(n, a == b, a < b, b < a, a == a[:], hash(a) == hash(b))

# The same str hashed by get and then by set, with collections between.
counts = {}
junk = []
for i in range(1000):
    w = "w" + str(i % 37)
    counts[w] = counts.get(w, 0) + 1
    junk.append(str(i) * 3)
    if len(junk) > 50:
        junk = []
print(len(counts), counts["w0"], counts["w36"], sum(counts.values()))
print(sorted(counts)[:5])
