# Floats: double precision, CPython's repr, mixed arithmetic, floor division and modulo, rounding, formatting.
print(0.1, 0.1 + 0.2, 1 / 3, 2 / 4, 10 / 2, 1e16, 1e-5, 123.456, -0.0, 1.5e300 * 1.5)
print(1 + 1.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 2 ** -1, 2.0 ** 10)
print(int(3.7), int(-3.7), float(3), float("1.25"), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(f"{3.14159:.2f} {1/3:.5f} {2.5:e} {1234.5678:10.2f}|{0.000123:g} {1e20:g} {0.5:%}")
print("%.3f %5.1f %e %g" % (2.0 / 3, 9.99, 12345.678, 0.0001))
print(1.0 == 1, 0.5 < 1, 2 > 1.5, sorted([3.5, 1, 2.25]), max(1.5, 2), abs(-2.5), sum([0.1] * 10))
print(hash(1.0) == hash(1), {1.0: "a"}[1], str(1e100), repr(2.0 ** 0.5 if False else 1.4142135623730951))
print(3.0 * 1.1, 100 / 7, 1e300 * 1e-300, 5e-324, 2.2250738585072014e-308 / 2)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, isinstance(x, float), type(x).__name__)
