# str.format with keyword arguments, and CPython's errors for fields.
print("{name} is {age}".format(name="x", age=3))
print("{} {k}".format(1, k=2))
d = {"a": 1, "b": [5, 6]}
print("{a} {b[1]}".format(**d))
print("{:>{w}}|{0}".format("a", w=5) if False else "{:>{w}}|".format("a", w=5))
print("{0} {0} {1}".format("x", "y"), "{p.__class__}".format(p=3) if False else "{p[0]}".format(p=[3]))
for f, a, k in (("{} {0}", (1,), {}), ("{0} {}", (1, 2), {}), ("{zz}", (), {"a": 1}), ("{5}", (1,), {})):
    try:
        print(f.format(*a, **k))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
