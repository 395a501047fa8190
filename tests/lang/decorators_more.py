# Decorators: any expression, on generators, with arguments, in methods
# that call super(), keyword arguments through a wrapper.

handlers = {}


def on(event, *, times=1):
    def register(f):
        handlers[event] = (f, times)
        return f

    return register


@on("start")
def start():
    return "started"


@on("stop", times=2)
def stop():
    return "stopped"


print(sorted(handlers), handlers["stop"][1], start(), stop())

decos = [lambda f: lambda *a: f(*a) * 10, lambda f: f]


@decos[0]
@decos[1]
def five():
    return 5


print(five())


def counting(gen_fn):
    def wrapper(*args):
        n = 0
        for v in gen_fn(*args):
            n += 1
        return n

    return wrapper


@counting
def items(k):
    for i in range(k):
        yield i


print(items(4))


def keep_name(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, sorted(kwargs.items()))
        return f(*args, **kwargs)

    return wrapper


@keep_name
def area(w, h=2, *, scale=1):
    return w * h * scale


print(area(3), area(3, h=4), area(w=1, scale=5))


class Base:
    def hello(self):
        return "base"


def shout(f):
    def w(self):
        return f(self).upper() + "!"

    return w


class Child(Base):
    @shout
    def hello(self):
        return "child of " + super().hello()

    @staticmethod
    @shout
    def static(x):
        return x.name

    name = "attr"


c = Child()
print(c.hello(), Child.static(c))


def add_method(cls):
    def extra(self):
        return "extra " + type(self).__name__

    cls.extra = extra
    return cls


@add_method
@add_method
class Deco:
    pass


print(Deco().extra())


class WithClassMethods:
    count = 0

    @classmethod
    def make(cls, n=1):
        cls.count += n
        return cls.count

    @staticmethod
    def pure(a, b=10):
        return a + b


print(WithClassMethods.make(), WithClassMethods().make(n=5), WithClassMethods.count)
print(WithClassMethods.pure(1), WithClassMethods().pure(1, b=2))
