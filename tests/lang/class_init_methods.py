# class: __init__, instance attributes, methods calling methods
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self):
        self.n += 1
        return self
    def get(self):
        return self.n
    def add_twice(self, k):
        self.add(k)
        self.add(k)
    def add(self, k):
        self.n = self.n + k
c = Counter(5)
c.inc().inc()
print(c.get(), c.n)
c.add_twice(10)
print(c.get())
d = Counter(0)
print(d.n, c.n)
