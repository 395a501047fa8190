# class: __iter__ and __next__ with StopIteration used by for, list, sum
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
print(list(Countdown(4)), sum(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
