# bytes and bytearray literals and reprs
b = b"hello"
print(b, repr(b), len(b))
print(b"", b"\x00\x01\xff", b"a\nb\tc", b"'", b'"', b"\\")
print(bytearray(b"abc"), bytearray())
print(type(b).__name__, type(bytearray(b)).__name__)
print(b"abc" == bytearray(b"abc"), b"abc" == "abc")
print(b"\x41\x42", b"caf\xc3\xa9")
print(str(b"xy"), [b"q"], (b"r",))
