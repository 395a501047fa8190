# custom exception hierarchies caught by base class
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class ConnError(DbError):
    pass
class UiError(AppError):
    pass
def fail(kind):
    if kind == 0:
        raise ConnError("conn down")
    if kind == 1:
        raise DbError("db")
    if kind == 2:
        raise UiError("ui")
    raise AppError("app")
for k in range(4):
    try:
        fail(k)
    except DbError as e:
        print("db-family", type(e).__name__, e)
    except AppError as e:
        print("app-family", type(e).__name__, e)
print(issubclass(ConnError, AppError), ConnError.__mro__[1].__name__)
try:
    fail(0)
except Exception as e:
    print("generic", e)
