# class: __add__ __sub__ __mul__ __eq__ and __repr__ on a vector class
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return 'V(' + str(self.x) + ', ' + str(self.y) + ')'
a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3)
print(a == V(1, 2), a == b, a != b, a != V(1, 2))
print([a, b])
c = a
c += b
print(c, a)
