# Keyword arguments to the methods of builtin types.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
    except (ValueError, OverflowError, LookupError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


s = "a,b,,c"
print(s.split(sep=","), s.split(",", maxsplit=1), s.rsplit(sep=",", maxsplit=2))
print("x  y z".split(maxsplit=1), "x  y z".rsplit(maxsplit=1), "a b".split(sep=None))
print("one\ntwo\r\nthree".splitlines(keepends=True), "l1\nl2".splitlines(keepends=False))
print("one\ntwo\r\n".splitlines(True), "a\rb".splitlines())
print("héllo".encode(encoding="utf-8"), "abc".encode("ascii", errors="strict"))
print(b"h\xc3\xa9".decode(encoding="utf-8"), b"abc".decode(errors="strict"))
print(b"a b  c".split(maxsplit=1), b"x\ny".splitlines(keepends=True))
print(bytearray(b"p,q").split(sep=b","))
lst = [3, 1, 2]
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda v: v % 3, reverse=False)
print(lst)
words = ["bb", "a", "ccc"]
words.sort(**{"key": len})
print(words)
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update(d=4)
d.update([("e", 5)])
d.update(**{"f": 6})
print(d)
print((1024).to_bytes(2, byteorder="big"), (1024).to_bytes(length=2, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print((-128).to_bytes(1, byteorder="little", signed=True), (5).to_bytes(2, "big", signed=False))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", byteorder="little"))
print(int.from_bytes(bytes=b"\x80", byteorder="big", signed=True), int.from_bytes(b"\x01\x00", "little", signed=False))
print(str.split("a-b", sep="-"), str.splitlines("p\nq", keepends=True))
sp = "1 2 3".split
print(sp(maxsplit=1))

show(lambda: "a b".split(sp=" "))
show(lambda: "a".splitlines(keep=1))
show(lambda: "a b".split(" ", 1, maxsplit=1))
show(lambda: "aa".replace("a", "b", count=1))
show(lambda: "abc".strip(chars="a"))
show(lambda: "x".startswith(prefix="x"))
show(lambda: [1].sort(len))
show(lambda: [1].sort(ke=1))
show(lambda: [].append(x=1))
show(lambda: {}.get(key=1))
show(lambda: {}.update([], []))
show(lambda: "a".encode(enc="x"))
show(lambda: b"a".decode(enc="x"))
show(lambda: (1).to_bytes(1, "big", sign=True))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (-129).to_bytes(1, "big", signed=True))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: int.from_bytes(b"a", "big", sign=True))
show(lambda: "a".split(sep=",", sep2=1))
show(lambda: "abc".nosuch(x=1))
show(lambda: (5).foo(x=1))
show(lambda: (5).bit_length(x=1))
show(lambda: [].pop(index=0))
print("a b".split(maxsplit=1, sepp=" "))
