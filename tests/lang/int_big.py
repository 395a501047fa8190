# Big ints: arithmetic, floor division and modulo signs, shifts, comparisons, formatting.
x = [2 ** 100, -(3 ** 50), 12345678901234567890]
print(x)
a = 2 ** 64
b = 3 ** 40
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(a // b, a % b)
print(1 << 70, (1 << 70) >> 3, a > b, a == 2 ** 64, hash(5), str(a), f"{a:,}")
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(int("123456789012345678901234567890") + 1)
print(abs(-a), -a, 2 ** 62 - 2 ** 62, (2 ** 40) // (2 ** 20))
print(sum([2 ** 31, 2 ** 31]), max(2 ** 40, 5), sorted([2 ** 35, 1, -2 ** 33]))
