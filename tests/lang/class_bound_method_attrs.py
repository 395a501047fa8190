# class: a bound method's __self__ and __func__, from instances and from
# classmethods
class A:
    def f(self, x):
        return x + 1

    @classmethod
    def make(cls):
        return cls()

    def __repr__(self):
        return "A()"


class B(A):
    pass


a = A()
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m.__func__(a, 1), m(2), m.__self__)
print(B.make.__self__ is B, B().f.__func__ is A.f, hasattr(m, "__self__"))
print(m.__name__, m.__qualname__, B.make.__func__.__name__)
