# error: 4:5: keyword arguments are not supported in this call
def f(a):
    return a
f(a=1)
