# Attribute lookups by static and computed names, instance attributes that
# shadow methods, inherited methods, and names set with setattr.
class Base:
    kind = "base"

    def hello(self):
        return "hello from " + self.kind

    def twice(self, x):
        return 2 * x


class Child(Base):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


c = Child(3)
print(c.get(), c.hello(), c.twice(4), c.kind)
c.kind = "child"
print(c.hello())
name = "".join(["g", "e", "t"])
print(getattr(c, name)())
setattr(c, "tw" + "ice", lambda x: "shadowed " + str(x))
print(c.twice(5))
setattr(c, "w" * 2, 7)
print(c.ww, getattr(c, "ww"), hasattr(c, "w" + "w"), hasattr(c, "zz"))
c.v += 1
print(c.get(), c.v)
Child.get = lambda self: "patched"
print(c.get())
del c.twice
print(c.twice(6))
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    Child.missing
except AttributeError as e:
    print(e)


class Doc:
    "The doc."


d = Doc()
print(d.__doc__, Doc.__doc__)
for k in range(3):
    o = Child(k)
    o.extra = k * k
    print(o.v + o.extra, o.get())
class A:
    "doc A"
a = A()
print(a.__doc__)
a.__doc__ = "mine"
print(a.__doc__, A.__doc__)
print("abc" == "abc", "abc" == "abd", "" == "", "a" < "", "" < "a", "ab" == "abc")
