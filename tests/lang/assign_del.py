# assign: del of names, list items, dict items, attributes
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    pass
c = C()
c.attr = 1
print(hasattr(c, 'attr'))
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print('AttributeError:', e)
