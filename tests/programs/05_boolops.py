# and / or return an operand; not gives a bool; conditional expressions.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, None and 1)
print(0 or None or 5, 3 and 0 and 5, 1 and 2 and 3)
print(not 0, not 5, not None, not True, not not 7)
x = 10
print(x if x > 5 else -x, (x if x < 5 else -x), 1 if None else 2)
print(x > 5 and x < 20, x < 5 or x == 10)
def noisy(v):
    print(v)
    return v

print(noisy(0) and noisy(1))
print(noisy(2) or noisy(3))
