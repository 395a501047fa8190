# error: 3:5: only methods and simple attribute assignments are supported in a class body
class A:
    if True:
        x = 1
