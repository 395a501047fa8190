# Literals near the 24-bit operand and the small-int limits.
print(8388607, 8388608, -8388608, -8388609)
print(1073741823, -1073741824)
m = -1073741824
print(m, m + 1, m // -1073741824, m % 7)
n = 1073741823
print(n, n - 1, n // 2, -n)
print(1000000 * 1000, 999999999 + 73741824)
