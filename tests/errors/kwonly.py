# error: 3:10: a keyword-only parameter is not supported
x = 1
def f(*, k):
    pass
