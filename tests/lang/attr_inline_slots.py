# Attribute reads of instances with few and many attributes, after
# deletions, with names made at run time, and of other objects.
class R:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6

    def m(self):
        return self.f - self.a


r = R()
print(r.a, r.b, r.c, r.d, r.e, r.f, r.m())
del r.b
print(r.a, r.c, r.d, r.e, r.f)
r.b = 20
print(r.b, r.f)
setattr(r, "".join(["g", "g"]), 7)
print(r.gg, getattr(r, "gg"))
r2 = R()
print(r2.a + r2.f, R.m(r2))


class S:
    pass


s = S()
s.x = "x"
print(s.x)
try:
    print(s.y)
except AttributeError as err:
    print("AttributeError", err)
print((1).real, "ab".upper(), [1].copy(), R.__name__)
