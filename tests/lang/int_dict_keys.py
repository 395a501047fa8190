# big ints as dict keys and set members
d = {}
d[2 ** 100] = "a"
d[10 ** 30] = "b"
d[5] = "c"
print(d[2 ** 100], d[10 ** 30], d[5])
print((2 ** 50) * (2 ** 50) in d, 2 ** 101 in d)
k = 1
for _ in range(100):
    k *= 2
print(d[k])
d[k] = "A"
print(len(d), d[2 ** 100])
s = {2 ** 70, 2 ** 70, 3 ** 44, 7}
print(len(s), 2 ** 70 in s)
small_from_big = (2 ** 100) // (2 ** 98)
dd = {4: "four"}
print(dd[small_from_big])
counts = {}
for n in [2 ** 65, 2 ** 65, 1, 2 ** 65 + 0]:
    counts[n] = counts.get(n, 0) + 1
print(sorted(counts.items()))
