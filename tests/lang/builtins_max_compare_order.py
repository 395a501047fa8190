# builtins: max compares item > best, min item < best, as CPython: which
# dunder runs first, and the TypeError's operator and operand order
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __repr__(self):
        return f"G{self.v}"


print(max([G(1), G(3), G(2)]), min([G(2), G(1), G(3)]))
print(max(G(1), G(1)), max([G(5)], key=lambda g: g))
for f in (max, min):
    try:
        f(1, "a")
    except TypeError as e:
        print(e)
    try:
        f(["a", 2])
    except TypeError as e:
        print(e)
