# set: set() from list, string, range, dict keys; dedup of equal ints/bools
print(sorted(set([5, 3, 5, 1])))
print(sorted(set('hello')))
print(sorted(set(range(4))))
print(sorted(set({'b': 1, 'a': 2})))
print(len({1, True, 0, False}))
