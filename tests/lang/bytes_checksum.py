# small checksum computations over bytes
def xor_sum(data):
    r = 0
    for c in data:
        r ^= c
    return r
def adler32(data):
    a, b = 1, 0
    for c in data:
        a = (a + c) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
msg = "The quick brown fox".encode()
print(xor_sum(msg), sum(msg) % 256)
print(adler32(msg), hex(adler32(b"Wikipedia")))
out = bytearray()
for c in msg:
    out.append(c ^ 0x20)
print(bytes(out))
