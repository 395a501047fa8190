# loop: for over lists, tuples, strings, dicts, dict.items(), range objects, sets
for x in [1, 'two', None]:
    print(x)
for x in (3, 4):
    print(x)
for ch in 'hi':
    print(ch)
d = {'a': 1, 'b': 2}
for k in d:
    print(k)
for k, v in d.items():
    print(k, v)
for v in d.values():
    print(v)
r = range(3, 0, -1)
for i in r:
    print(i)
for i in r:
    print('again', i)
