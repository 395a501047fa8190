# class: __lt__ __le__ __gt__ __eq__ used by operators, sorted, min, max
class Ver:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def key(self):
        return (self.major, self.minor)
    def __lt__(self, o):
        return self.key() < o.key()
    def __le__(self, o):
        return self.key() <= o.key()
    def __gt__(self, o):
        return self.key() > o.key()
    def __eq__(self, o):
        return self.key() == o.key()
    def __repr__(self):
        return '%d.%d' % (self.major, self.minor)
vs = [Ver(1, 2), Ver(0, 9), Ver(1, 0), Ver(2, 0)]
print(sorted(vs))
print(min(vs), max(vs))
print(Ver(1, 0) < Ver(1, 1), Ver(1, 1) <= Ver(1, 1), Ver(2, 0) > Ver(1, 9), Ver(1, 0) >= Ver(1, 1))
print(Ver(1, 1) == Ver(1, 1), Ver(1, 1) in vs, Ver(2, 0) in vs)
