# common bytes methods: isdigit, lower, index, split, partition
b = b"Key=Value=More"
print(b.lower(), b.upper(), b.swapcase() if hasattr(b, "swapcase") else b)
print(b.partition(b"="), b.split(b"=", 1), b.rsplit(b"=", 1))
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha())
print(b.index(b"V"), b.rfind(b"="))
print(b"a b  c".split(), b"x\ny".splitlines())
print(b"abc".ljust(5, b"."), b"abc".rjust(5), b"7".zfill(3))
print(b"hello"[1:].title(), b"CamelCase".isupper())
