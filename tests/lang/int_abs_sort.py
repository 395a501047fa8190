# abs, sorting and summing big ints
vals = [2 ** 90, -(3 ** 60), 17, -5, 10 ** 27, -(10 ** 27), 0]
print([abs(v) for v in vals])
print(sorted(vals))
print(sorted(vals, key=abs))
print(sorted(vals, reverse=True)[:3])
print(sum(vals))
print(max(vals), min(vals))
print(abs(-(2 ** 100)) == 2 ** 100)
vals.sort()
print(vals[0], vals[-1])
