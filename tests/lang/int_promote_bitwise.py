# int: bitwise operators on negative big ints in a program without objects (the big-int trap handlers only)
a = 2**40 + 7
b = -(2**35) - 3
print(a & b, a | b, a ^ b, b & b, b | -1, (-a) ^ b, -a & -b, ~b)
x = -1
for i in range(5):
    x = (x << 20) ^ (i - 3)
    print(x, x & 0xFFFFF, x | 2**61)
