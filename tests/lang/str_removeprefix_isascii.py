# str: removeprefix, removesuffix, isascii and casefold (ASCII letters), also
# as unbound methods
for s in ["Hello.py", "", "py", "pypy", "ab\u00e9"]:
    print(repr(s.removeprefix("py")), repr(s.removesuffix(".py")), repr(s.removesuffix("")),
          repr(s.removeprefix("")), s.isascii(), s.casefold(), s.removesuffix("py"))
print(list(map(str.casefold, ["AbC", "X"])), str.removeprefix("abc", "a"), str.isascii("\u00e9"))
try:
    "abc".removeprefix(1)
except TypeError as e:
    print(e)
try:
    "abc".removesuffix(None)
except TypeError as e:
    print(e)
