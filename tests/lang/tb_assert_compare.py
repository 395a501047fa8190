# An assertion underlines its test.
def check(n):
    assert n % 2 == 0, "odd: %d" % n
    return n // 2


print(check(4))
print(check(7))
