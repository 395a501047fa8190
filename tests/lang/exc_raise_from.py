# exc: raise ... from ..., __cause__, __context__, from None
class AppError(Exception):
    pass
try:
    try:
        {}['k']
    except KeyError as e:
        raise AppError('wrapped') from e
except AppError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError('quiet') from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
