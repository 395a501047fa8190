# exc: try/except with as, message via str(e), e.args, exception type name
try:
    raise ValueError('bad value')
except ValueError as e:
    print('caught', e, e.args, type(e).__name__, repr(e))
try:
    x = 1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, str(e) == '')
