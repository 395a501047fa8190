# concatenation, repetition, comparison and membership for bytes
a = b"foo"
b = b"bar"
print(a + b, b + a, a * 3, 2 * b, a * 0)
print(a < b, a > b, a == b"foo", b"" < b"a", b"ab" < b"abc")
print(sorted([b"b", b"a", b"ab", b""]))
print(b"o" in a, b"oo" in a, b"x" in a, 111 in a, 112 in a)
ba = bytearray(b"12")
ba += b"34"
print(ba, ba + b"5", bytes(ba))
print(b"-".join([b"a", b"b", b"c"]))
print(a.upper(), b"  pad ".strip(), b"a,b,c".split(b","))
print(a.startswith(b"f"), b.endswith(b"ar"), a.find(b"o"), a.count(b"o"))
print(b"hello world".replace(b"o", b"0"))
