# Int expressions of literals only, folded by the compiler, print what
# CPython computes: floor division and modulo of every sign, shifts,
# bitwise operators and results beyond the small ints.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(6 // 3, -6 // 3, 6 % -3, 0 // 5, 0 % -5, 1 << 4, -1 << 4, 1024 >> 3, -1024 >> 3, -1 >> 70)
print(3 + 4 * 5, (3 + 4) * 5, 8 + (4 << 8), 2 - -3, -(2 - 7), 0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F)
print(1 << 29, 1 << 30, 1 << 40, (1 << 29) * 4, 2 ** 10 * 3, 1073741823 + 1, -1073741824 - 1)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
