# builtin classes reached as values: through a variable, type(x), getattr
c = str
print(c.upper("x"), getattr(list, "count")([1, 1], 1))
print(type("ab").upper("y"), type(5).bit_length(255))
kinds = [int, str, tuple]
print([k.__name__ for k in kinds], isinstance(3, (int, str)), issubclass(bool, int))
print(int.from_bytes(b"\x01\x00", "little"), bytes.fromhex("ff00"), str, list)
try:
    c.nope
except AttributeError as e:
    print("AttributeError", e)
