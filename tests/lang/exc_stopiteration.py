# exc: StopIteration from next() on exhausted iterators, caught
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
it2 = iter('ab')
print(next(it2), next(it2), next(it2, 'end'))
d = iter({'k': 1})
print(next(d))
