# dict: dict() from pairs, dict(), equality, unhashable key TypeError
print(dict([('a', 1), ('b', 2)]), dict())
print(dict(zip('abc', range(3))))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 2} != {1: 3})
try:
    d = {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
