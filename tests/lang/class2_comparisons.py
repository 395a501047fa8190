# rich comparison dunders, reflected comparisons and sorting
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.n == other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return "V%d" % self.n
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
print(V(1) < V(2), V(2) > V(1), V(1) <= V(1), V(3) >= V(2))
print(V(1) == V(1), V(1) != V(2), V(1) == 1, V(1) != "a")
print(V(2) in vs, V(9) in vs, vs.index(V(2)))
class Loose:
    def __eq__(self, other):
        return True
print(Loose() == 5, 5 == Loose(), Loose() != 3)
