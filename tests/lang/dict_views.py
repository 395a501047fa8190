# dict: keys/values/items views, their repr and iteration
d = {'a': 1, 'b': 2}
print(d.keys())
print(d.values())
print(d.items())
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
print(len(d.keys()), 'a' in d.keys(), 2 in d.values())
