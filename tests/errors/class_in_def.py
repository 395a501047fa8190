# error: 3:5: a class definition inside a function is not supported
def f():
    class A:
        pass
