# error: 2:7: a positional-only parameter is not supported
def f(a, /, b):
    pass
