# class: iter() refuses an __iter__ that returns a non-iterator, and hash()
# an __hash__ that returns a non-int, with CPython's messages
class F:
    def __init__(self, r):
        self.r = r

    def __iter__(self):
        return self.r


class It:
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


def gen():
    yield "g"


for r in [5, [1, 2], iter([1, 2]), gen(), It(), "ab", iter("xy"), iter(range(2)), iter({"k": 1})]:
    try:
        print(list(F(r)))
    except TypeError as e:
        print("TypeError", e)


class J:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [7, -1, True, "x", 1.0, None]:
    try:
        print(hash(J(h)), len({J(h), J(h)}))
    except TypeError as e:
        print("TypeError", e)
