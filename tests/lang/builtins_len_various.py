# builtins: len on every container kind, including unicode strings and nested
print(len(''), len('abc'), len('caf\u00e9'), len([1, [2, 3]]), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set('aabb')), len(range(0, 10, 3)), len(dict(zip('ab', 'cd'))))
try:
    len(7)
except TypeError as e:
    print('TypeError:', e)
