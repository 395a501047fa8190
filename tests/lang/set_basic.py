# set: literal, dedup, membership, len, add, discard, remove
s = {3, 1, 2, 3, 1}
print(len(s), 1 in s, 5 in s, sorted(s))
s.add(5)
s.add(1)
print(sorted(s))
s.discard(9)
s.discard(3)
print(sorted(s))
s.remove(5)
print(sorted(s), len(s))
print(set(), len(set()), bool(set()), bool({0}))
