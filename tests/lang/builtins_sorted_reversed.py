# builtins: sorted with key and reverse on lists, strings, dicts; reversed
def last_char(s):
    return s[-1]
def absval(x):
    return abs(x)
print(sorted([3, -1, 2]), sorted('banana'), sorted({'b': 1, 'a': 2}))
print(sorted(['abc', 'xa', 'mb'], key=last_char))
print(sorted([-5, 3, -2, 1], key=absval, reverse=True))
print(sorted([], reverse=True), sorted((2, 1)))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(''.join(reversed('stressed')))
