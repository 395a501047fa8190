# builtins: enumerate with start, zip of two and three iterables, zip stops at shortest
for i, c in enumerate('abc'):
    print(i, c)
print(list(enumerate(['x', 'y'], 1)))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip(range(3), range(3, 6), 'xyz')))
print(list(zip()), list(zip([])))
names = ['a', 'b']
ages = [1, 2]
print(dict(zip(names, ages)))
