# exc: else and finally ordering with and without exceptions
def f(k):
    try:
        print('try', k)
        if k:
            raise KeyError(k)
    except KeyError as e:
        print('except', e)
    else:
        print('else')
    finally:
        print('finally')
    print('after')
f(0)
f(1)
try:
    try:
        raise IndexError('inner')
    finally:
        print('cleanup')
except IndexError as e:
    print('outer got', e)
