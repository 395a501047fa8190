# A mix of containers, classes, exceptions and builtins.
xs = [1, 2, 3]
xs.append(4)
print(xs, len(xs))
t = (1, "a", None)
print(t)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["b"], "a" in d)
for k, v in d.items():
    print(k, v)
print([x * x for x in range(5) if x % 2 == 0])
s = "hello world"
print(s.split(), s.upper(), s[1:4], s[::-1])
print(f"x={xs[0]:>4} {s!r}")
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v * 2
    def __repr__(self):
        return "A(" + str(self.v) + ")"
a = A(5)
print(a.get(), a, [a])
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("caught", e)
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print("caught2", repr(e))
finally:
    print("fin")
def f(n):
    if n == 0:
        raise KeyError("k")
    return f(n - 1)
try:
    f(3)
except KeyError as e:
    print("key", e)
print(sorted([3, 1, 2]), min(4, 2, 8), max([1, 9]), sum(range(10)))
