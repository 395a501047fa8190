# assign: chained assignment to names, subscripts and attributes shares one object
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
class O:
    pass
o = O()
lst = [0, 0]
o.v = lst[1] = z = 'same'
print(o.v, lst, z)
