# class: type(x).__name__ for user and builtin types; type comparison
class Point:
    pass
class Point3(Point):
    pass
p = Point()
for x in [p, Point3(), 1, 'a', [], (), {}, set(), True, None]:
    print(type(x).__name__)
print(type(p) == Point, type(Point3()) == Point, type(1) == int, type(p) is Point)
print(Point.__name__)
