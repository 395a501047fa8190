# bytes as dict keys and set members; bytearray is unhashable
d = {b"a": 1, b"b": 2}
d[b"a"] += 10
print(d[b"a"], sorted(d.items()))
s = {b"x", b"y", b"x"}
print(len(s), b"x" in s, sorted(s))
try:
    {bytearray(b"z"): 1}
except TypeError as e:
    print("TypeError", e)
key = bytes(bytearray(b"b"))
print(d[key])
