# Sorting lists of tuples, forward and reversed, with mixed items.
print(sorted([(2, 1), (1, 2), (2, 0), (1, 2, 3)]), sorted([(1,), (0, 5)], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t), sorted([(1, 2), 3] if False else [(3,), (1,), (2,)]))
a = [(i % 3, -i) for i in range(10)]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
try:
    sorted([(1,), 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, 1.5), (1, 1)]))
