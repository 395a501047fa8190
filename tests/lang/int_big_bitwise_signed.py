# int: & | ^ ~ on big ints of either sign, as two's complement of unbounded width
vals = [0, 1, -1, 5, -5, 2**30, -2**30 - 1, 32767, -32768, 2**40 + 12345, -(2**40) - 12345,
        2**70 - 1, -(2**70), 3**50, -(3**50), 2**45 + 2**15]
total = 0
for a in vals:
    for b in vals:
        r = (a & b, a | b, a ^ b)
        total = total ^ hash(r[0] % 1000003) + r[1] % 999983 - r[2] % 1000033
        if a in (-1, 2**70 - 1, -(3**50)):
            print(a, b, r)
print(total)
print(~(2**80), ~-(2**80), -(2**100) & 0xFFFF, -(2**100) | 1, (-1) ^ 2**64)
x = -(2**64) + 5
x &= ~(2**10)
x |= 2**100
x ^= -(2**33)
print(x)
