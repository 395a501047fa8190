# comp: list comprehensions with conditions, nested fors, expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in 'abc' if c != 'b'])
print([[i * j for j in range(3)] for i in range(3)])
print([x if x > 0 else -x for x in [-2, 3, -4]])
print([y for row in [[1, 2], [3], []] for y in row])
