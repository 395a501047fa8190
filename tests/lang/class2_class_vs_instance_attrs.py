# class attributes shared vs instance attributes shadowing them
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total)
print(a.shared is b.shared, Counter.shared)
a.total = 100
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
Counter.kind = "added later"
print(a.kind, b.kind)
b.shared = ["own"]
print(a.shared, b.shared)
print(hasattr(a, "name"), hasattr(Counter, "name"), getattr(a, "zzz", "dflt"))
setattr(b, "extra", 5)
print(b.extra)
