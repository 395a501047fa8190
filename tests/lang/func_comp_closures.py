# lambdas and generator expressions inside comprehensions see the
# comprehension's variables (one cell per comprehension: late binding)
fs = [lambda: i * 10 for i in range(4)]
print([f() for f in fs])
adders = {k: (lambda x, k=k: x + k) for k in range(3)}
print([adders[k](100) for k in sorted(adders)])


def table(rows, cols):
    return [[sum(r * c for _ in range(2)) for c in range(cols)] for r in range(rows)]


print(table(3, 4))


def scaled(xs, factor):
    return [list(map(lambda v: v * factor + x, xs)) for x in range(2)]


print(scaled([1, 2, 3], 5))
pairs = [(a, b) for a in range(3) for b in range(a) if any(a == b + d for d in (1, 2))]
print(pairs)
late = [lambda: (a, b) for a in "xy" for b in "uv"]
print([g() for g in late])
nested = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[g() for g in row] for row in nested])


def gen(n):
    for fn in [lambda: k * k for k in range(n)]:
        yield fn()


print(list(gen(3)))
print(sorted({w: len([c for c in w if any(c == v for v in "aeiou")]) for w in ["banana", "kiwi", "fig"]}.items()))
