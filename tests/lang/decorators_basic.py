# Function decorators: evaluated top to bottom, applied bottom-up.

trace = []


def tag(name):
    trace.append("make " + name)

    def deco(f):
        trace.append("apply " + name + " to " + f.__name__)

        def wrapper(*args, **kwargs):
            return name + "(" + str(f(*args, **kwargs)) + ")"

        return wrapper

    return deco


@tag("a")
@tag("b")
def add(x, y=1):
    return x + y


print(trace)
print(add(2), add(2, y=5), add(x=3))


def twice(f):
    def g(x):
        return f(f(x))

    return g


@twice
def inc(n):
    return n + 1


print(inc(5))


class Counter:
    def __init__(self, f):
        self.f = f
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.f(*args)


@Counter
def square(n):
    return n * n


print(square(3), square(4), square.calls)


def outer():
    log = []

    def logged(f):
        def w(v):
            log.append(v)
            return f(v)

        return w

    @logged
    def neg(v):
        return -v

    print(neg(1), neg(2), log)


outer()


def ident(f):
    return f


class A:
    @ident
    def m(self):
        return "m"

    @twice
    def dbl(self):
        return self


a = A()
print(a.m())
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class B:
    pass


print(sorted(registry), registry["B"] is B)


def replace(f):
    return 42


@replace
def gone():
    pass


print(gone)


def bad(f):
    raise ValueError("no " + f.__name__)


try:

    @bad
    def h():
        pass

except ValueError as e:
    print("ValueError:", e)


@undefined_decorator
def k():
    pass
