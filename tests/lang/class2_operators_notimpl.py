# operator dunders returning NotImplemented fall back to reflected operands
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", other)
        return self.__add__(other)
    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)
    def __rmul__(self, k):
        return self * k
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(4) * 3, 2 * Money(4))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError", e)
try:
    Money(1) * Money(2)
except TypeError as e:
    print("TypeError", e)
