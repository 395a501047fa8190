# small-int edge values and overflow into big ints and back
a = 2 ** 30 - 1
b = -2 ** 30
print(a, b, a + 1, b - 1)
print(a * 2, a * a, b * b, b * -1)
print((a + 1) - 1 == a, (b - 1) + 1 == b)
c = 2 ** 31 - 1
print(c + 1, c * 2, -c - 2)
d = 2 ** 62
print(d + d, d * 4, d - d, (d + d) // 2 == d)
e = 2 ** 63 - 1
print(e + 1, -e - 1, -e - 2)
x = 1
for i in range(70):
    x = x * 2
for i in range(70):
    x = x // 2
print(x, x == 1, type(x).__name__)
print(-(-2 ** 63), abs(-2 ** 63), (-2 ** 63) // -1)
print(a << 1, a << 40, (a << 40) >> 40)
