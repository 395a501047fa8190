# error: 3:5: nested function definitions are not supported
def outer():
    def inner():
        return 1
    return inner
