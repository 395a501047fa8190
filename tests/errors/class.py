# error: 2:1: a class definition is not supported
class A:
    pass
