# builtins: iter and next with default, callable on functions, classes, ints
def f():
    return 1
class C:
    pass
it = iter([10, 20])
print(next(it), next(it), next(it, -1), next(it, None))
it2 = iter(range(2))
print(next(it2), list(it2))
print(callable(f), callable(C), callable(5), callable(print), callable('s'), callable(C()))
s = iter('xy')
print(list(s), list(s))
