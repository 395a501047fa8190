# __contains__ used by in / not in
class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __contains__(self, x):
        print("checking", x)
        return self.lo <= x < self.hi
r = Range(1, 5)
print(3 in r)
print(5 in r)
print(0 not in r)
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
e = Evens()
print([x for x in range(6) if x in e])
class Truthy:
    def __contains__(self, x):
        return 1
print(2 in Truthy())
