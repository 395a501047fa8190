# str: replace with an empty old string inserts new around every character
for s in ["", "x", "abc"]:
    for k in [-1, 0, 1, 2, 3, 4, 5]:
        print(repr(s.replace("", "-", k)), repr(s.replace("", "", k)), repr(s.replace("", "<>", k)))
print(b"ab".replace(b"", b"-"), bytearray(b"ab").replace(b"", b"-", 1))
