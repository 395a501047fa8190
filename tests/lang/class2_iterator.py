# iterator class with __iter__/__next__ raising StopIteration
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i
print(list(Squares(5)))
s = Squares(3)
for v in s:
    print("v", v)
print(list(s))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
print(sum(Squares(4)), sorted(Squares(3), reverse=True))
a, b = Squares(2)
print(a, b)
