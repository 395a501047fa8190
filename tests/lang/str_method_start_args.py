# str: optional start/end arguments of count, startswith, endswith, find, index
s = 'abcabcabc'
print(s.count('a', 1), s.count('a', 1, 4), s.count('abc', 0, 5))
print(s.startswith('b', 1), s.startswith('a', 1), s.endswith('b', 0, 5), s.endswith('c', 0, 5))
print(s.find('a', 1), s.find('a', 1, 3), s.rfind('a', 0, 5), s.index('c', 3))
print([1, 2, 1, 2].index(2, 2), [1, 2, 1, 2].count(2))
