# err: failing assert without message
def check(n):
    assert n > 0
    return n
print(check(1))
check(-1)
