# Keyword arguments to builtins, as CPython binds them.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
    except (ValueError, OverflowError, LookupError) as e:
        print(type(e).__name__ + ":", e)


print(list(enumerate("abc", start=1)))
print(list(enumerate(iterable="xy", start=5)))
print(list(enumerate("ab", 3)))
print(int("ff", base=16), int("101", 2), int(x=0) if False else 0)
print(int("0x1f", base=0), int(base=10, x="7") if False else 7)
print(sum([1, 2, 3], start=10), sum([[1], [2]], start=[]))
print(max([3, 1, 2], key=lambda x: -x), min([3, 1, 2], key=lambda x: -x))
print(max([], default="none"), min([], key=len, default=0))
print(max([4, 5], default=0), max("abc", "xy", key=len))
print(round(1234, ndigits=-2), round(number=75), round(1250, ndigits=-2))
print(pow(2, 10, mod=1000), pow(base=3, exp=4), pow(2, exp=5))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted([1, 2, 3], reverse=True, key=lambda x: x % 2))
print(list(zip([1, 2], "ab", strict=True)), list(zip([1], [2, 3], strict=False)))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": 0}, k=1))
kw = {"sep": "-", "end": "!\n"}
print(1, 2, 3, **kw)
print("a", "b", sep="", end="\n", flush=True)
opts = {"start": 100}
print(list(enumerate("pq", **opts)))
print(sorted([5, 2, 8], **{"reverse": True}))
print(dict(**{"a": 1}, b=2))
args = ("z", "y")
print(*args, sep="+")

f = enumerate
print(list(f("ab", start=7)))
g = sorted
print(g([1, 3, 2], reverse=True))
h = max
print(h([], default=-1), h([1, 5, 2], key=lambda v: -v))
i = int
print(i("11", base=3))
p = print
p("p", "q", sep="-", end="!\n")
p(1, 2)


def v(x):
    print("eval", x)
    return x


print("a", "b", end=v("!\n"), sep=v("-"))
print(sorted([3, 1, 2], reverse=v(True), key=v(None)))
print(max([1, 5], default=v(0), key=v(None)))

show(lambda: enumerate("abc", foo=1))
show(lambda: int("10", bas=2))
show(lambda: int(x="10"))
show(lambda: max([1], kee=1))
show(lambda: max(1, 2, default=0))
show(lambda: sum([1], strt=1))
show(lambda: sorted([1], ky=1))
show(lambda: g([1], len))
show(lambda: len(obj=1))
show(lambda: abs(x=1))
show(lambda: print(1, fl=True))
show(lambda: list(zip([1], stric=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1], [1, 2], strict=True)))
show(lambda: enumerate("a", start=1, start2=2))
show(lambda: int(base=2))
show(lambda: int(5, base=2))
show(lambda: dict([(1, 2)], [3]))
show(lambda: ValueError(x=1))
show(lambda: min([], default=None, key=len, foo=1))
show(lambda: pow(2, 3, mo=5))
show(lambda: round(15, nd=1))
show(lambda: f("ab", begin=1))

print(list(enumerate("ab", strt=0)))
