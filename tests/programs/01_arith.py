# Integer arithmetic, including floor division and modulo of negatives.
a = 17
b = 5
print(a + b, a - b, a * b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 0 // 3, 0 % -3)
print(-1 // 1073741823, -1 % 1073741823)
print(+a, -a, ~a, ~-a, - -a)
print(2 ** 10, 3 ** 0, (-2) ** 29, (-2) ** 3, 0 ** 0, 1 ** 1000)
print(-1024 ** 2, (-1024) ** 3)
x = 1000
x += 5
x -= 10
x *= 3
x //= 7
x %= 100
x **= 2
print(x)
print(1 + 2 * 3 - 4 // 3 % 2)
