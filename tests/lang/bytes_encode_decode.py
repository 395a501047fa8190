# str.encode / bytes.decode with utf-8 and ascii
s = "héllo wörld"
u = s.encode("utf-8")
print(u, len(s), len(u))
print(u.decode("utf-8") == s)
print("abc".encode("ascii"), "abc".encode())
print(b"\xe2\x82\xac".decode("utf-8"), len("€".encode()))
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
print(bytearray("ü", "utf-8"), bytes("x", "ascii"))
print(list("€".encode()))
print(bytes([104, 105]).decode())
