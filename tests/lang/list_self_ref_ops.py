# list: += (in-place extend) vs + (new list), *= and identity
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [1, 2]
d = c
c *= 2
print(c, d, c is d)
e = [0]
e.extend(e)
print(e)
