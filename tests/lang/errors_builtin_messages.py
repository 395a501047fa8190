# The messages of the exceptions that builtins and operators raise.
tests = [
    lambda: len(5), lambda: int(None), lambda: int("x1"), lambda: float("abc"), lambda: "a" + 1, lambda: 1 + "a",
    lambda: [1, 2][5], lambda: (1,)[2], lambda: "ab"[9], lambda: {}["k"], lambda: {1: 2}[3], lambda: [].pop(),
    lambda: [1].remove(5), lambda: [1].index(7), lambda: "abc".index("z"), lambda: None.x, lambda: (1).y,
    lambda: iter(5), lambda: next(iter([])), lambda: 1 / 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 2 ** -2,
    lambda: [1, 2] < "a", lambda: {1} < 1, lambda: sorted([1, "a"]), lambda: max([]), lambda: min(()),
    lambda: chr(-1), lambda: ord("ab"), lambda: int("9" * 5, 2), lambda: "x" * "y", lambda: [1] * 1.5,
    lambda: {[1]: 2}, lambda: hash([]), lambda: set([[1]]), lambda: dict([1]), lambda: tuple(5),
    lambda: "a".join([1]), lambda: "abc".split(""), lambda: range(1, 2, 0), lambda: [1, 2, 3][::0],
    lambda: bytes([300]), lambda: b"a" + "b", lambda: "é".encode("ascii"), lambda: b"\xff".decode(),
    lambda: getattr(1, "nope"), lambda: setattr(1, "a", 2), lambda: object().x, lambda: isinstance(1, 2),
    lambda: abs("x"), lambda: -"x", lambda: ~1.5, lambda: round("x"), lambda: sum(["a"]), lambda: "%d" % "x",
    lambda: "{}{}".format(1), lambda: "{:d}".format(1.5), lambda: f"{1:q}", lambda: int(3.5e300 * 10),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)
