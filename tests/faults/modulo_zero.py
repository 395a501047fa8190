# ZeroDivisionError: the modulo message differs from floor division's.
def rem(a, b):
    return a % b

print(rem(7, 2))
print(rem(7, 0))
