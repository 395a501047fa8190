# Repeated frames are folded as CPython folds them.
def depth(n):
    if n == 0:
        return 1 // n
    return depth(n - 1) + 1


def outer():
    return depth(20)


print(outer())
