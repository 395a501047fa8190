# Nested comprehensions: a frame for each.
rows = [[1, 2], [0]]
x = [[10 // v for v in r] for r in rows]
