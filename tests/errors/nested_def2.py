# error: 3:5: nested function definitions are not supported
def f():
    def g():
        pass
