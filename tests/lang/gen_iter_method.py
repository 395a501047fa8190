# __iter__ written as a generator makes a re-iterable class
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c))
print(list(c))
print(sum(c), max(c), sorted(c))
for a in c:
    for b in c:
        if a == b:
            print("same", a)
print(3 in c, 7 in c)
x, y, z = c
print(x, y, z)
