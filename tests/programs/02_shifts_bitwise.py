# Shifts and bitwise operators, on ints and bools.
print(1 << 29, 1 << 0, 3 << 5, -1 << 29, 0 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 40, 5 >> 100, 1073741823 >> 29)
print(12 & 10, 12 | 10, 12 ^ 10, -12 & 10, -12 | 10, -12 ^ 10)
print(True & False, True | False, True ^ True, True & 3, False | 0)
print(True + True, True * 5, False - 1, -True, ~True, True // True)
y = 255
y &= 15
y |= 64
y ^= 3
y <<= 2
y >>= 1
print(y)
