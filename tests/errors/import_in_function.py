# error: 3:5: imports inside a function or a block are not supported
def f():
    import time
