# big ints in f-string width, alignment and sign specs
n = 3 ** 40
print(f"[{n:>30}]")
print(f"[{n:<30}]")
print(f"[{-n:^32}]")
print(f"[{n:+,}]")
print(f"[{n:040_}]")
print(f"{2 ** 80:#X}", f"{2 ** 70:o}", f"{2 ** 66:b}"[:10])
print("%d|%x" % (2 ** 70, 2 ** 70))
print(str(n).zfill(25), len(repr(-n)))
