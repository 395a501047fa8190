# the str-like methods of bytes and bytearray, with bytes arguments
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(b" d"), b.strip().lower(), b.upper())
print(b.split(), b.strip().split(b", "), b"a,b,,c".split(b",", 2), b"a b c".rsplit(None, 1))
print(b"-".join([b"x", b"yy", bytearray(b"z")]), b"".join([]))
print(b.find(b"o"), b.find(b"o", 7), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.count(108))
print(b.find(111), b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"abc".startswith(b"b", 1))
print(b"aXbXc".replace(b"X", b"--"), b"aaa".replace(b"a", b"b", 2))
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"nothing".partition(b"="))
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"42".zfill(5), b"-42".zfill(5))
print(b"hello world".title(), b"hello".capitalize(), b"line1\nline2\r\nline3".splitlines())
ba = bytearray(b"Mixed Case")
print(ba.upper(), ba.lower(), ba.split(), ba.replace(b" ", b"_"), ba.find(b"C"))
print(ba.strip(b"Me"), ba.partition(b" "), type(ba.upper()).__name__, type(ba.split()[0]).__name__)
for bad in [lambda: b"abc".find("a"), lambda: b"abc".startswith("a"), lambda: b",".join(["a"]),
            lambda: b"abc".index(b"z"), lambda: b"abc".count(300)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print((255).bit_length(), (0).bit_length(), (-5).bit_length(), (2 ** 100).bit_length(), True.bit_length())
print((1).to_bytes(2, "little"), (65535).to_bytes(2, "big"), (2 ** 40 + 7).to_bytes(6, "big"))
print(int.from_bytes(b"\xff\x00", "little"), int.from_bytes(bytearray(b"\x01\x00\x00\x00\x00\x00"), "big"))
print(bytes.fromhex("00ff 10"), bytearray.fromhex("abCD"), bytes.fromhex(""))
for bad in [lambda: (300).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc")]:
    try:
        print(bad())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
