# class: __eq__ returning NotImplemented falls back; comparisons with other types
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, N):
            return self.v == o.v
        return NotImplemented
print(N(1) == N(1), N(1) == 1, 1 == N(1), N(1) != 'x', N(2) != N(2))
print([N(1), 2].count(2), N(3) in [1, 2, N(3)])
