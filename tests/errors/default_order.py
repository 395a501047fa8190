# error: 2:12: invalid syntax: non-default argument follows default argument
def f(a=1, b):
    pass
