# TypeError: missing arguments are named, as CPython names them.
def three(a, b, c):
    return a + b + c

print(three(1))
