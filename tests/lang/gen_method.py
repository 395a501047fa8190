# generators as methods of classes
class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            for v in c.leaves():
                yield v

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3)])
print(list(t.walk()))
print(list(t.leaves()))
class Range2:
    def __init__(self, n):
        self.n = n
    def pairs(self):
        for i in range(self.n):
            for j in range(i):
                yield (j, i)
print(list(Range2(4).pairs()))
