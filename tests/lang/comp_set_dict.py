# comp: set and dict comprehensions with conditions and nested fors
print(sorted({x % 4 for x in range(20)}))
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({(i, j): i + j for i in range(2) for j in range(2) if i != j})
print(sorted({c for w in ['ab', 'bc'] for c in w}))
print({w: len(w) for w in 'the quick brown fox'.split() if len(w) > 3})
