# comp: comprehension variables do not leak; outer names are visible
x = 'outer'
ys = [x for x in range(3)]
print(x, ys)
n = 10
print([n + i for i in range(3)])
def f(k):
    return [k * i for i in range(4)]
print(f(3))
