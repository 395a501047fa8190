# the except target name is deleted after the except block
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError:
    print("e is unbound after except")
def f():
    try:
        raise KeyError(1)
    except KeyError as err:
        saved = err
    return repr(saved)
print(f())
