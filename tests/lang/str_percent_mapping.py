# %-formatting with a mapping: %(key)s.
d = {"name": "pysm", "n": 3, "x": 2.5, "k(1)": "paren"}
print("%(name)s has %(n)d items, %(x).2f avg %(name)r" % d)
print("%(name)-8s|%(n)05d|" % d, "%(k(1))s" % d, "plain" % d, "%s" % d, "%% %(n)x" % d)
for fmt, args in (("%(a)s", (1,)), ("%(zz)s", {"a": 1}), ("%(a", {"a": 1})):
    try:
        print(fmt % args)
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
