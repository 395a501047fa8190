# class: defining __eq__ without __hash__ makes __hash__ None (unhashable),
# also when a base has a __hash__; defining both keeps it
class A:
    def __init__(self, k=0):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k


class B(A):
    def __hash__(self):
        return hash(self.k)


class C(B):
    def __eq__(self, other):
        return self.k == other.k + 1


class D(B):
    pass


class E(A):
    __hash__ = B.__hash__


print(A.__hash__ is None, B.__hash__ is None, C.__hash__ is None, D.__hash__ is None)
for cls in [A, B, C, D, E]:
    try:
        print(cls.__name__, hash(cls(5)), len({cls(1), cls(1)}))
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
print(A(1) == A(1), B(2) == B(2), C(3) == C(2), D(4) != D(4))
try:
    {A(): 1}
except TypeError as e:
    print(e)
