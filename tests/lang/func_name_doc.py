# functions, methods and classes: __name__, __qualname__ and __doc__ (the docstring, not inherited)
def f(a):
    "Add one."
    return a + 1


def g():
    return 2


class C:
    """A class."""

    def m(self):
        "A method."
        return 1

    def n(self):
        return 2


class D(C):
    pass


def outer(k):
    def inner():
        """Inner."""
        return k
    return inner


lam = lambda x: x
print(f.__name__, f.__qualname__, f.__doc__, g.__doc__)
print(C.m.__name__, C.m.__qualname__, C.m.__doc__, C().m.__name__ if hasattr(C().m, "__name__") else "-")
print(C.__doc__, D.__doc__, C().__doc__, D().__doc__, C.n.__doc__)
print(outer(1).__name__, outer(1).__qualname__, outer(1).__doc__, lam.__name__, lam.__qualname__)
print([h.__name__ for h in (f, g, outer)], C.__name__)
