# error: 2:12: multiple inheritance is not supported
class A(B, C):
    pass
