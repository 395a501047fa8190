# Keyword arguments to builtins: str, bytes and bytearray with an
# encoding, print's file=, and more refused keywords.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
    except (ValueError, OverflowError, LookupError) as e:
        print(type(e).__name__ + ":", e)


show(lambda: str(object=5))
print(round(2.675, ndigits=2), round(number=7.5))
show(lambda: str(b"ab", encoding="ascii"))
show(lambda: bytes("a", encoding="ascii"))
show(lambda: bytearray("ab", encoding="utf-8"))
show(lambda: "x".encode("utf-8", "strict"))
show(lambda: list(iterable=[1]))
show(lambda: tuple(iterable=[1]))
show(lambda: range(stop=3))
show(lambda: isinstance(obj=1, class_or_tuple=int))
show(lambda: next(iter([]), default=1))
show(lambda: float(x="1.5"))
show(lambda: bool(x=1))
show(lambda: set(iterable=[1]))
show(lambda: map(f=len, iterable=[]))
show(lambda: sorted(iterable=[2, 1]))
show(lambda: divmod(a=1, b=2))
show(lambda: getattr(1, "real", default=0))
show(lambda: format(1, format_spec="x"))
show(lambda: hex(number=1))
show(lambda: repr(obj=1))
show(lambda: min(1, 2, key=None))
show(lambda: reversed(sequence=[1]))
show(lambda: slice(stop=1))
show(lambda: object(x=1))
show(lambda: "a b".split(None, maxsplit=1))
show(lambda: (255).to_bytes(signed=True))
show(lambda: print("x", end=5))
show(lambda: print("x", sep=5))
show(lambda: sum(iterable=[1]))
show(lambda: round(ndigits=2))
show(lambda: str(b"ab", "ascii"))
show(lambda: str(5, "ascii"))
show(lambda: str("s", encoding="ascii"))
show(lambda: bytes("a", "ascii", errors="ignore"))


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


o = Out()
print("x", 1, sep=", ", file=o)
print(file=o, end="?")
print(o.parts)
print(list(enumerate("ab", strt=0)))
