# builtins: min/max on args, iterables, with key; sum with start; abs
def neg(x):
    return -x
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'))
print(min([3, 1, 2], key=neg), max(['aa', 'b', 'cccc'], key=len))
print(max((1, 'b'), (1, 'a')), min('b', 'a', 'c'))
print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([[1], [2]], []))
print(abs(-7), abs(7), abs(0), abs(-True))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
