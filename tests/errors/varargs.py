# error: 2:8: *args is not supported
def f(*args):
    pass
