# del of a missing attribute.
class Box:
    pass


b = Box()
b.x = 1
del b.x
print(hasattr(b, "x"))
del b.x
