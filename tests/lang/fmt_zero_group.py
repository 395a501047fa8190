# zero padding with a thousands separator, and widths and precisions from
# the arguments of %
for spec in ["010,", "0=10,", "09,", "06,", "012,d", "+011_", "#012_x", "#011_b", "08,", "01,", "0>10,", "*<10,", "015_o"]:
    for v in [0, 7, 1234, -1234, 1234567, 2 ** 40]:
        print(spec, v, repr(format(v, spec)))
print(f"{1234:010,}", f"{-5:06_}", "{:0=12,d}".format(987654), "{:010,}".format(True))
print(repr("%*d" % (5, 42)), repr("%-*d|" % (5, 42)), repr("%.*f" % (2, 3.14159)), repr("%*s|" % (4, "a")))
print(repr("%0*d" % (5, -42)), repr("%*d|" % (-6, 3)), repr("%*.*s|" % (6, 2, "abcdef")), "%d%%" % 5)
try:
    "%*d" % (5,)
except TypeError as e:
    print("TypeError", e)
