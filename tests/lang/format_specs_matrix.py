# Every common format spec against ints, floats, bools, strs and None:
# results and CPython's errors; grouping of floats; nested and keyword specs.
vals = [0, 7, -7, 255, 3.14159, -0.5, 1e-7, 123456.789, 2.5, True, "s", None]
specs = ["", ">8", "<8", "^8", "*^9", "08", "+", " ", ".2f", "10.3f", "e", ".3g", "x", "#x", "X", "o", "b", "#b", ",", "_", "%", ".1%", "c", "s", "r"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(type(e).__name__[0])
    print(repr(v), "|".join(row))
name, n = "pysm", 42
print(f"{name!r:>10}|{n:#06x}|{n/7:.3f}|{n:,}|{'nested ' + name.upper():^20}|{n if n > 40 else 0}|{[n] * 2}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}|{n:{w}d}")
print("{:>{w}}|{:.{p}}|{0!s:^6}".format("a", 3.14159, w=5, p=2))
print("%5s|%-5s|%05d|%+d|%.3f|%e|%x|%X|%o|%c|%r|%%|%10.4f" % ("ab", "cd", 42, 5, 2.5, 12345.678, 255, 255, 8, 97, "q", 3.14159))
print(str(0.1 + 0.2), repr(1.0), 1e16, 1.5e-5, 123456789012345.6, -0.0, 2 ** 0.5 if False else 1.4142135623730951, 1/3 * 3)
for v, s in ((1234.5, "010,.1f"), (-1234567.891, ",.2f"), (1e7, "_"), (12.0, ","), (1234.5, ">12,.1f"), (-0.5, "08,.2f"), (1234567.0, ",e")):
    print(repr(format(v, s)))
# Grouping with zero padding, the same for ints (by 3 or by 4) and floats.
for v, s in ((0, "08,"), (1234, "010,"), (255, "_x"), (255, "010_x"), (-1234567, ","), (0, "_b"), (2**40, "020,"), (-5, "07,"), (1234.5, "012,.2f"), (-0.5, "09,.3f"), (0.0, ","), (1e20, ",.1f")):
    print(repr(format(v, s)))
