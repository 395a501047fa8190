# hex() of bytes and bytearray, and int.to_bytes/from_bytes round-trips
print(b"\x00\x0f\xff".hex())
print(b"hello".hex(), bytearray(b"\x01\x02").hex(), b"".hex())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((2 ** 64).to_bytes(9, "big").hex())
print(int.from_bytes(bytes(range(1, 17)), "big"))
def hexdump(data):
    for i in range(0, len(data), 4):
        chunk = data[i:i + 4]
        print(i, chunk.hex(), chunk)
hexdump(b"abcdefghij")
