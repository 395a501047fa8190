# The walrus operator, and * and ** unpacking in list, tuple, set and dict displays.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
total = 0
while (x := total + 1) < 5:
    total = x
print(total, x)
print([y for v in data if (y := v * 2) > 6], y)
def f(seq):
    if (m := max(seq)) > 5:
        return m
    return -1
print(f(data), f([1, 2]))
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), {*a, *b}, {**{"x": 1}, "y": 2, **{"x": 3}})
print([*range(3), *"ab"], [*[]])
