# Repeated strs and str keys of dicts and sets.
print("ab" * True, "ab" * False, "abc" * 3, 2 * "xy", "q" * -5, repr("" * 0))
d = {}
for w in ["a", "bb", "a", "ccc", "bb", "a", "", "ünï", "ünï"]:
    d[w] = d.get(w, 0) + 1
print(d, hash("") == hash(""), len({"x" * i for i in range(40)}))
