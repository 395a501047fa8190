# @property with setter and deleter, @staticmethod, @classmethod.


class Temp:
    scale = "C"

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "The temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 // 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def describe(cls, prefix):
        return prefix + cls.__name__ + " in " + cls.scale


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit)
t.celsius += 3
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temp.convert(100), t.convert(0))
f = Temp.freezing()
print(type(f).__name__, f.celsius)
print(Temp.describe("class: "), t.describe("inst: "))
print(type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
print(Temp.celsius.fget(Temp(5)), Temp.celsius.__doc__, Temp.fahrenheit.__doc__)


class Sub(Temp):
    scale = "K"

    @property
    def kelvin(self):
        return self._c + 273


s = Sub.freezing()
print(type(s).__name__, s.kelvin, s.celsius, Sub.describe("sub: "))
s.celsius = 10
print(s.kelvin)


class Plain:
    def get_x(self):
        return self._x * 2

    def set_x(self, v):
        self._x = v

    x = property(get_x, set_x)
    y = property(get_x)

    def helper(n):
        return n + 1

    sh = staticmethod(helper)


p = Plain()
p.x = 4
print(p.x, p.y, Plain.sh(1), p.sh(2))
try:
    p.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class Point:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @staticmethod
    def origin():
        return Point(0)


print(Point(4).double, Point.origin().x)


class Lazy:
    @property
    def missing(self):
        raise AttributeError("not yet")

    @property
    def half(self):
        return 1 // 0


lz = Lazy()
print(hasattr(lz, "missing"), getattr(lz, "missing", "default"), hasattr(Lazy, "missing"))
try:
    hasattr(lz, "half")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
Point(1).double = 3
