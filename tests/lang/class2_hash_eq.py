# __eq__ with __hash__ makes instances usable as dict keys and set members
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
d[Point(2, 1)] = "c"
print(len(d), d[Point(1, 2)])
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s, Point(5, 5) in s)
print(sorted(s, key=lambda p: (p.x, p.y)))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
