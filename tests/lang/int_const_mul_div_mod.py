# Multiplication by a literal and floor division and modulo by a power of
# two: small ints of either sign, bools, the small-int limits, big ints,
# floats, sequences and objects with their own operators.
vals = [0, 1, -1, 7, -7, 8, -8, 1000003, -1000003, 536870911, -536870912,
        1073741823, -1073741824, 2 ** 40 + 5, -(2 ** 40) - 5, True, False]
for x in vals:
    print(x, x * 2, x * 3, 5 * x, x * 6, 9 * x, x * 10, x * 64, x * 4194304,
          x // 2, x // 8, x // 4194304, x % 2, x % 16, x % 4194304, 3 * x + 1)
print(2.5 * 3, 3 * 2.5, 7.5 // 2, 7.5 % 4, -7.5 % 4)
print("ab" * 3, 3 * "ab", [1, 2] * 2, 2 * (0,), "x" * 0, [5] * 9)


class N:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return "mul(%d, %d)" % (self.v, o)

    def __rmul__(self, o):
        return "rmul(%d, %d)" % (self.v, o)

    def __floordiv__(self, o):
        return "floordiv"

    def __mod__(self, o):
        return "mod"


n = N(4)
print(n * 3, 3 * n, n * 8, 8 * n, n // 4, n % 2)
try:
    print(None * 3)
except TypeError as e:
    print("TypeError", e)
try:
    print(3 * None)
except TypeError as e:
    print("TypeError", e)
t = 0
for i in range(-50, 50):
    t += i * 3 + i * 5 + i // 4 + i % 8 + 9 * i
print(t)
