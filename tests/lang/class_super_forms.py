# class: super() with keywords, *args/**kwargs, as a value, on a property,
# classmethod and staticmethod, and object's and BaseException's methods
class A:
    def __init__(self, *args, **kw):
        print("A", args, kw)

    def greet(self, name, punct="."):
        return "hello " + name + punct

    @classmethod
    def make(cls, x):
        return cls.__name__ + str(x)

    @staticmethod
    def st(x):
        return x * 2

    @property
    def p(self):
        return "A.p"


class B(A):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)

    def greet(self, name, punct="!"):
        f = super().greet
        return f(name, punct=punct) + " " + super().greet(name=name)

    @classmethod
    def make(cls, x):
        return "B:" + super().make(x)

    def st2(self):
        return super().st(5)

    @property
    def p(self):
        return "B+" + super().p


B(1, 2, k=3)
b = B()
print(B.make(1), b.make(2), b.st2(), b.p)
print(b.greet("bo"))


class E(Exception):
    def __str__(self):
        return "E:" + super().__str__()


class V(ValueError):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.a = a


class N(E):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

    def __repr__(self):
        return "N/" + super().__repr__()


print(str(E("x")), repr(E("x", 2)), str(E("p", 3)))
v = V(1, b="two")
print(v, v.args, v.a, repr(v))
print(str(N("k")), repr(N("k")), N("k").args)


class P:
    def __init__(self):
        super().__init__()
        self.x = 1

    def __eq__(self, o):
        return super().__eq__(o)

    def __ne__(self, o):
        return super().__ne__(o)

    def __hash__(self):
        return super().__hash__() * 0 + 7

    def __str__(self):
        return "P:" + super().__str__()[:11]

    def __repr__(self):
        return "rP"


p = P()
print(p == p, p == P(), p != p, p != P(), hash(p), str(p))
try:
    raise N("z")
except E as e:
    print(e, e.key)
