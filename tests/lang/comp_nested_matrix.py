# comp: matrix transpose and flatten with nested comprehensions
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(3)]
print(t)
flat = [v for row in m for v in row if v != 3]
print(flat)
print([[0] * 2 for _ in range(3)])
print([(a, b, c) for a in range(1, 12) for b in range(a, 12) for c in range(b, 14) if a * a + b * b == c * c])
