# A dict comprehension calling a function.
def f(v):
    return 1 // v

x = {k: f(k) for k in range(3)}
