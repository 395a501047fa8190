# exc: finally with return overriding return/exception, finally runs on return
def a():
    try:
        return 'try'
    finally:
        print('finally in a')
def b():
    try:
        return 'try'
    finally:
        return 'finally'
def c():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def d():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x now', x)
print(a())
print(b())
print(c())
print(d())
