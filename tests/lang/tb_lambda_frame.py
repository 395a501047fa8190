# A fault in a lambda.
safe = lambda a, b: a / b if b else 0
scale = lambda a, b: a / b
print(safe(1, 0))
print(list(map(lambda v: scale(v, v - 2), [4, 3, 2])))
