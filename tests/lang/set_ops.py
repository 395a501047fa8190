# set: union, intersection, difference, symmetric difference (operators and methods)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print(a <= a, {1} <= a, {1} < a, a < a, a >= {2, 3}, a > b)
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({9}))
print(a == {4, 3, 2, 1}, a != b)
