# __str__ vs __repr__ in print, containers and f-strings
class T:
    def __init__(self, n):
        self.n = n
    def __str__(self):
        return "str" + str(self.n)
    def __repr__(self):
        return "T(" + str(self.n) + ")"
t = T(1)
print(t)
print(str(t), repr(t))
print([t, T(2)])
print((t,), {"k": t})
print(f"{t}", f"{t!r}", f"{[t]}")
print("%s %r" % (t, t))
print("{} {!r}".format(t, t))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "onlystr"
print(OnlyStr(), f"{OnlyStr()}")
