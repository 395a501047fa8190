# int() of a str: underscores only one at a time between digits or after a
# base prefix; base 0 refuses a decimal with a leading zero.
for s in ["1_", "_1", "1__0", "1_0", "0x_1f", "0_7", " 1_0 ", "1_ ", "-_1", "+1_2",
          "010", "00", "0_0", "0x", "0b_", "0o1_7", "  -0x1F  ", "12_345_678_901_234"]:
    row = []
    for b in (10, 0, 16):
        try:
            row.append(int(s, b))
        except ValueError as e:
            row.append(str(e))
    print(repr(s), row)
