# builtins: map and filter with named functions and builtins, filter(None, ...)
def sq(x):
    return x * x
def odd(x):
    return x % 2 == 1
def add(a, b):
    return a + b
print(list(map(sq, range(5))))
print(list(filter(odd, range(10))))
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])))
print(list(map(add, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])))
print(sum(map(sq, filter(odd, range(6)))))
