# sorted() of a list of tuples.
items = [((i * 7919) % 101, (i * 31) % 17, i) for i in range(150)]
s = sorted(items)
print(s[0], s[75], s[-1])
print(sorted(items, key=lambda t: t[1])[:3])
