# error: 3:14: yield inside an expression is not supported (only as a statement or an assignment's value)
def f():
    x = 1 + (yield 2)
