# exc: bare raise re-raises the current exception, raise of the caught object
def inner():
    try:
        raise KeyError('deep')
    except KeyError:
        print('inner saw it')
        raise
try:
    inner()
except KeyError as e:
    print('outer saw', e)
try:
    try:
        raise ValueError('again')
    except ValueError as e:
        raise e
except ValueError as e2:
    print('re-raised', e2)
