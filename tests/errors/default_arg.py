# error: 2:12: a default argument is not supported
def f(a, b=1):
    return a
