# indexing and slicing bytes yields ints and bytes
b = b"abcdefgh"
print(b[0], b[-1], b[3])
print(b[1:4], b[:3], b[5:], b[::2], b[::-1], b[10:])
print(b[-3:-1], b[4:2])
ba = bytearray(b"xyz")
print(ba[0], ba[1:], ba[::-1])
print(type(ba[1:]).__name__)
try:
    b[20]
except IndexError as e:
    print("IndexError", e)
