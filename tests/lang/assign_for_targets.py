# assign: for-loop targets that are subscripts, attributes and star-unpacked tuples
a = [0, 0, 0]
for a[0] in range(3):
    pass
print(a)
class C:
    pass
c = C()
for c.v in 'xyz':
    pass
print(c.v)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
