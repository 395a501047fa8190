# UTF-8 decoding errors as CPython's strict codec reports them; encode
# errors, dict() from pairs, format codes, round() and isinstance().
cases = [b"\xff", b"\xc0\x80", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"\xe2\x82", b"\xe2", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98",
         b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"ok\xc3\xa9", b"\x80", b"a\xf5", b"\xf0\x8f\xbf\xbf"]
for c in cases:
    try:
        print(repr(c.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
for s in ["é", "€", "😀", "aé"]:
    try:
        s.encode("ascii")
    except UnicodeEncodeError as e:
        print(e)
print(dict(["ab", (1, 2), [3, 4]]), dict([iter((5, 6))]) if False else 0)
for bad in ([1], [(1, 2, 3)], ["abc"]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in ("{:d}", "{:x}", "{:s}", "{:c}", "{:b}"):
    try:
        print(f.format(2.5))
    except ValueError as e:
        print(e)
for v in ("x", None, [1]):
    try:
        round(v)
    except TypeError as e:
        print(e)
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
