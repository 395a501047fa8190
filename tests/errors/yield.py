# error: 3:5: yield is not supported
def f():
    yield 1
