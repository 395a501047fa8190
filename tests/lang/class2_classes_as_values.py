# classes stored as values in dicts and instantiated later
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
shapes = {"circle": Circle, "square": Square}
specs = [("circle", 2), ("square", 3), ("circle", 1)]
objs = [shapes[name](n) for name, n in specs]
for o in objs:
    print(type(o).__name__, o.area())
kinds = [Circle, Square, int, str, list]
print([k.__name__ for k in kinds])
print([k(2) if k in (Circle, Square) else k() for k in kinds][2:])
print(shapes["square"] is Square, type(objs[1]) is Square)
