# error: 2:1: no binding for nonlocal 'q' found
def f():
    nonlocal q
