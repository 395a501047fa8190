# A method call finds what the class has at the time of the call, after
# changes to the class or its bases, with more names than a class
# remembers (two), and with instance attributes that shadow methods.
class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"

    def h(self):
        return "A.h"


class B(A):
    def g(self):
        return "B.g"


a, b = A(), B()
for i in range(2):
    print(a.f(), a.g(), a.h(), b.f(), b.g(), b.h())


def f2(self):
    return "f2"


A.f = f2
print(a.f(), b.f(), b.g())
B.f = lambda self: "lambda"
print(a.f(), b.f())
del B.g
print(b.g(), b.h(), b.g())
setattr(A, "h", lambda self: "h2")
print(a.h(), b.h())
b.g = lambda: "own"
print(b.g(), a.g())
del b.g
print(b.g())
A.k = 5
try:
    a.k()
except TypeError as e:
    print("TypeError", e)
del A.h
try:
    a.h()
except AttributeError as e:
    print("AttributeError", e)
for name in ["f", "g", "f", "g", "f"]:
    print(getattr(b, name)(), end=" ")
print()
