# A class call runs the __init__ its classes have at the time of the call,
# after every kind of change to a class table (the runtime remembers the
# __init__ it found until one).
class Base:
    def __init__(self, x):
        self.x = x


class Sub(Base):
    pass


class Plain:
    pass


def init2(self, x):
    self.x = x * 2


def init3(self, x):
    self.x = x * 3


print(Sub(1).x, Base(1).x)
Base.__init__ = init2
print(Sub(1).x, Base(1).x)
Sub.__init__ = init3
print(Sub(1).x, Base(1).x)
del Sub.__init__
print(Sub(1).x)
setattr(Base, "__in" + "it__", init3)
print(Sub(1).x, Base(1).x)
print(type(Plain()).__name__)
Plain.__init__ = init2
print(Plain(5).x)
try:
    Plain()
except TypeError as e:
    print("TypeError", e)


class Error(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


e = Error(7)
print(e.code, e.args)
e = Error(8)
print(e.code, e.args)
for i in range(3):
    print(Sub(i).x, Plain(i).x)
