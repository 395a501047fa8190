# dict: KeyError on missing key lookup, del, pop; message repr
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    d.pop(5)
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print(d)
