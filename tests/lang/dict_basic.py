# dict: literal, lookup, set, len, in, repr, insertion order
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'])
d['c'] = 3
d['a'] = 10
print(d)
print('a' in d, 'z' in d, 'z' not in d)
e = {}
print(e, len(e), bool(e), bool(d))
f = {1: 'one', 2: 'two', (3, 4): [5]}
print(f, f[(3, 4)])
print({True: 1, 1: 2})
