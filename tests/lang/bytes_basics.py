# bytes and bytearray: literals, indexing, slicing, repr, encode/decode, mutation.
b = b"hi\x00\n'"
print(b, len(b), b[0], b[1:3], list(b), b + b"!", b == b"hi\x00\n'")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, len(ba), bytes(ba), bytearray(3), bytes([1, 2, 255]))
s = "héllo €"
e = s.encode("utf-8")
print(e, e.decode("utf-8") == s, len(e), "abc".encode(), b"xy".decode("ascii"))
print(b"b" in b"abc", 98 in b"abc", b"abc".hex(), bytes(2), bytes("ok", "ascii"))
for c in b"AB":
    print(c)
try:
    "é".encode("ascii")
except UnicodeError as err:
    print("UnicodeError")
try:
    bytearray(1)[0] = 300
except ValueError as err:
    print(err)
