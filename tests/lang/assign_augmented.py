# assign: augmented assignment on names with every operator
x = 100
x += 5
print(x)
x -= 10
print(x)
x *= 3
print(x)
x //= 7
print(x)
x %= 11
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x &= 0xF0
print(x)
x |= 3
print(x)
x ^= 0xFF
print(x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
