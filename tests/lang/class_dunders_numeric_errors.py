# Errors of the numeric protocols: no __round__, no __divmod__, a bad __index__.
class N:
    pass
class I:
    def __index__(self):
        return "x"
for f in (lambda: round(N()), lambda: divmod(N(), 2), lambda: divmod(2, N()), lambda: hex(I()), lambda: hex(N()), lambda: [1][I()], lambda: N() ** 2):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
