# Every arithmetic dunder, reflected and in place, and the protocols of
# int(), float(), round(), divmod(), indexing, hex() and bin().
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __sub__(self, o): return V(self.x - (o.x if isinstance(o, V) else o))
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, o): return V(self.x * o)
    def __rmul__(self, o): return V(o * self.x)
    def __truediv__(self, o): return V(self.x / o)
    def __rtruediv__(self, o): return V(o / self.x)
    def __floordiv__(self, o): return V(self.x // o)
    def __rfloordiv__(self, o): return V(o // self.x)
    def __mod__(self, o): return V(self.x % o)
    def __rmod__(self, o): return V(o % self.x)
    def __pow__(self, o): return V(self.x ** o)
    def __rpow__(self, o): return V(o ** self.x)
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __rand__(self, o): return V(o & self.x)
    def __ror__(self, o): return V(o | self.x)
    def __rxor__(self, o): return V(o ^ self.x)
    def __rlshift__(self, o): return V(o << self.x)
    def __rrshift__(self, o): return V(o >> self.x)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __iadd__(self, o):
        self.x += o
        return self
    def __imul__(self, o):
        self.x *= o
        return self
    def __divmod__(self, o): return (self.x // o, self.x % o)
    def __rdivmod__(self, o): return (o // self.x, o % self.x)
    def __int__(self): return int(self.x)
    def __float__(self): return float(self.x)
    def __index__(self): return self.x
    def __round__(self, n=None): return V(round(self.x, n))

v = V(7)
print(v + 1, 1 + v, v - 2, 10 - v, v * 3, 3 * v, v / 2, 14 / v)
print(v // 2, 20 // v, v % 4, 30 % v, v ** 2, 2 ** v, pow(v, 2), pow(2, v))
print(v << 1, 1 << v, v >> 1, 256 >> v, v & 3, 3 & v, v | 8, 8 | v, v ^ 1, 1 ^ v)
print(-v, +v, abs(V(-3)), ~v, divmod(v, 2), divmod(20, v))
w = V(1)
w += 5
w *= 2
print(w, int(V(3)), float(V(2)), round(V(2.567), 1))
print([10, 20, 30][V(1)], hex(V(255)), bin(V(5)))
