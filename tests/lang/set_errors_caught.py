# set: remove of missing element KeyError, pop of empty set, unhashable member
s = {1}
try:
    s.remove(2)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
try:
    s.add([1])
except TypeError as e:
    print('TypeError', e)
