# exc: user exception hierarchy, custom __init__ and __str__, catching by base
class MyError(Exception):
    pass
class NotFound(MyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
class Fancy(MyError):
    def __str__(self):
        return 'fancy!'
for exc in [MyError('m'), NotFound('k1'), Fancy('f')]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound', e.key, e, e.args)
    except MyError as e:
        print('MyError', type(e).__name__, e, repr(e))
print(issubclass(NotFound, Exception), isinstance(Fancy(), MyError))
