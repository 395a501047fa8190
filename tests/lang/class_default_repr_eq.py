# class: default identity equality and hashability of plain instances
class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
s = {a, b, a}
print(len(s))
d = {a: 1}
print(d[a], b in d)
print(str(a)[:8], repr(b)[:15])
