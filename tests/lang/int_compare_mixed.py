# comparisons between big and small ints
big = 2 ** 80
small = 12345
print(big > small, big < small, small < big, big == big, big != small)
print(-big < small, -big < -small, -big > -small)
print(big == 2 ** 80, big - 1 < big, big + 1 > big)
print(max(3, big, -big), min(3, big, -big))
print(2 ** 62 == 4611686018427387904, 2 ** 62 > 2 ** 61)
print(sorted([big, small, -big, 0, -small]))
x = 2 ** 40
y = x * x // x
print(x == y, x is not None)
print(small <= small, big >= big, (2 ** 100 - 2 ** 100) == 0)
print(10 ** 20 in [10 ** 20], 10 ** 20 in {1, 2})
