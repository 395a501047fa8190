# Classes together: inheritance, dunders for sorting, hashing, containers
# and calls, exception hierarchies, properties, class reprs.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError("area of " + self.name)
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()
    def __hash__(self):
        return hash(self.area())
    def __repr__(self):
        return "%s(%g)" % (type(self).__name__, self.area())

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return round(self.PI * self.r ** 2, 3)

shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 4), Square(1)]
print(sorted(shapes), max(shapes), min(shapes, key=lambda s: s.name))
print(Square(2) == Rect(1, 4), Square(2) in shapes, len({Square(2), Rect(4, 1), Circle(1)}), Shape.count)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], Square.__mro__[1].__name__, Square.__bases__)
try:
    Shape("x").area()
except NotImplementedError as e:
    print(type(e).__name__, e)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __mul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __bool__(self):
        return any(any(r) for r in self.rows)
    def __str__(self):
        return "\n".join(" ".join("%3d" % v for v in r) for r in self.rows)
    def __call__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], len(m), 4 in m, 9 in m, bool(m), bool(Matrix([[0]])))
print(m * m)
print(m(2))
for row in m:
    print(row)

class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("missing key: " + key)
        self.key = key
class Retry(AppError):
    pass

def load(cfg, key, tries=[0]):
    tries[0] += 1
    if key not in cfg:
        raise ConfigError(key)
    if cfg[key] is None and tries[0] < 3:
        raise Retry("try again %d" % tries[0])
    return cfg[key]

for key in ("a", "b", "c", "c", "c"):
    try:
        print("got", load({"a": 1, "c": None}, key))
    except ConfigError as e:
        print("config", e, e.key, isinstance(e, AppError))
    except AppError as e:
        print("app", type(e).__name__, e.args)
    finally:
        pass

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @staticmethod
    def f2c(f):
        return (f - 32) * 5 // 9
    @classmethod
    def make(cls, c):
        t = cls()
        t.c = c
        return t
t = Temp.make(20)
t.c += 5
print(t.c, Temp.f2c(212), t.f2c(32))
try:
    t.c = -300
except ValueError as e:
    print(e)
print(Rect, [Shape], type(t), int, type(None))
