# Class semantics: __eq__ without __hash__, str/repr fallbacks, super()
# chains, class and instance attributes, the iteration protocols.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
class Q:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "Q(%d)" % self.x
class R(Q):
    def __str__(self):
        return "R-str"
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1)
try:
    print(hash(P(1)))
except TypeError as e:
    print("TypeError", e)
try:
    {P(1): 1}
except TypeError as e:
    print("TypeError", e)
q = Q(3)
print(q, str(q), [q], R(4), [R(4)], repr(R(5)), f"{R(6)}", "%s %r" % (R(1), R(2)))
print(Q(1) == Q(1), q == q, q != Q(3), hash(q) == hash(q))
class Base:
    def hello(self):
        return "base " + self.name()
    def name(self):
        return "B"
class Mid(Base):
    def name(self):
        return "M" + super().name()
class Leaf(Mid):
    def name(self):
        return "L" + super().name()
    def hello(self):
        return super().hello().upper()
print(Leaf().hello(), Mid().hello(), isinstance(Leaf(), Base), Leaf.__name__, Leaf().__class__.__name__)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.total = 100
print(Counter().total, Counter.total, Counter().total, Counter.total)
class WithClassAttr:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = WithClassAttr(), WithClassAttr()
a.add(1)
b.add(2)
print(a.items, WithClassAttr.items, a.items is b.items)
class Slots:
    def __init__(self):
        self.a = 1
s = Slots()
s.b = 2
print(s.a, s.b, hasattr(s, "c"), getattr(s, "b"))
del s.a
print(hasattr(s, "a"))
try:
    s.a
except AttributeError as e:
    print(e)
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 10
print(list(It(3)), sum(It(4)), [x for x in It(2)], 20 in It(3), max(It(5)), sorted(It(3), reverse=True))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(list(Seq()), 4 in Seq(), [v for v in Seq()])
class Call:
    def __call__(self, *a, **k):
        return (a, sorted(k.items()))
c = Call()
print(c(1, 2, z=3), callable(c), callable(Call), callable(1))
class B:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(B()), bool(L()), not B(), "yes" if L() else "no", len(L()))
