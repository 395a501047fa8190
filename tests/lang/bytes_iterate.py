# iterating over bytes gives ints
for x in b"AZaz09":
    print(x, end=" ")
print()
print(list(b"hi"), sum(b"\x01\x02\x03"), max(b"hello"))
print([chr(c) for c in b"abc"])
print(bytes(c + 1 for c in b"HAL"))
print(sorted(b"dcba"))
for i, c in enumerate(bytearray(b"ok")):
    print(i, c)
