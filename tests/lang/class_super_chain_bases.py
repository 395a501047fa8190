# three-level inheritance with super() chains in __init__ and methods
class A:
    def __init__(self, x):
        print("A init")
        self.x = x
    def describe(self):
        return "A(" + str(self.x) + ")"
    def who(self):
        return "A"
class B(A):
    def __init__(self, x, y):
        print("B init")
        super().__init__(x)
        self.y = y
    def describe(self):
        return "B[" + super().describe() + "," + str(self.y) + "]"
class C(B):
    def __init__(self, x, y, z):
        print("C init")
        super().__init__(x, y)
        self.z = z
    def describe(self):
        return "C{" + super().describe() + "," + str(self.z) + "}"
c = C(1, 2, 3)
print(c.describe())
print(c.who(), c.x, c.y, c.z)
print(isinstance(c, A), isinstance(c, B), issubclass(C, A), issubclass(A, C))
print(type(c).__name__, C.__bases__[0].__name__)
b = B(5, 6)
print(b.describe())
