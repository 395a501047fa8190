# class: the TypeError of + and * when an instance's dunders decline a
# str, list, tuple or bytes operand is the sequence's own message
class M:
    def __mul__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
    __rmul__ = __mul__
    __radd__ = __add__
class N:
    pass
for a, b in [(M(), "x"), ("x", M()), ([1], M()), (M(), [1]), ((1,), M()), (b"x", M()), (M(), 3), (3, M()), (N(), "x"), ("x", N()), ([], N()), (N(), ()), (bytearray(b"x"), N()), (M(), M()), ("a", [1])]:
    for op in ["+", "*"]:
        try:
            (a + b) if op == "+" else (a * b)
            print("ok?")
        except TypeError as e:
            print(op, e)
