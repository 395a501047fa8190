# error: 2:2: a decorator is not supported
@dec
def f():
    pass
