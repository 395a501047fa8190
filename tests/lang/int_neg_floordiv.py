# floor division and modulo with negative small and big operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 2 ** 100 + 7
for a, b in [(-big, 3), (big, -3), (-big, -3), (-big, big - 1), (-5, big), (5, -big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(-(10 ** 25) // 7, -(10 ** 25) % 7)
print((-2 ** 70) // (2 ** 35), (-2 ** 70) % (2 ** 35 + 1))
