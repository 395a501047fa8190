# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, y=0):
        self.calls += 1
        return x + self.n + y
add3 = Adder(3)
print(add3(1), add3(1, y=10), add3.calls)
print(list(map(add3, [1, 2, 3])))
print(callable(add3), callable(3), callable(len), callable(Adder))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
sq = Memo(lambda n: n * n)
print(sq(4), sq(4), len(sq.cache))
