# assign: augmented assignment on subscripts and attributes (evaluated once)
calls = []
def idx(i):
    calls.append(i)
    return i
a = [1, 2, 3]
a[idx(1)] += 10
a[-1] *= 5
print(a, calls)
d = {'k': 1}
d['k'] += 1
d['k'] -= 5
print(d)
class C:
    pass
c = C()
c.n = 3
c.n += 4
c.n *= 2
print(c.n)
m = [[1, 2], [3, 4]]
m[1][0] += 100
print(m)
