# err: ValueError raised three calls deep, uncaught
def c(x):
    print('in c', x)
    raise ValueError('bad x: ' + str(x))
def b(x):
    return c(x + 1)
def a(x):
    return b(x * 2)
print('start')
a(5)
print('unreachable')
