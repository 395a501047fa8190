# ints never overflow, in a program without objects: results past the small
# ints become big ints (add, sub, mul, shifts, pow, negation, floor division
# and modulo), compare and print as CPython's
a = 1073741823
b = a + 1
print(b, b - 1, a + a, -a - a - 2)
c = -1073741824
print(-c, c - 1, c * c, c // -1, c * -1)
x = 1
i = 0
while i < 5:
    x = x * 1000003
    i += 1
print(x)
print(x // 7, x % 7, x // -7, x % -7, -x // 7, -x % 7)
print(1 << 40, (1 << 40) >> 35, 3 << 62, -(1 << 70) >> 3)
print(2 ** 40, 3 ** 50, (-2) ** 61)
y = 2 ** 64
print(y > a, y < a, y == 2 ** 64, y != y + 1, y >= y, a <= y)
print(y - y, y - y + 5, (y - 1) & 255, y | 1, y ^ (y + 3))
if y:
    print(1)
k = 1
n = 0
while k < 10 ** 30:
    k = k * 2
    n += 1
print(n, k)
