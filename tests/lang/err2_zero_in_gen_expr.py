# uncaught ZeroDivisionError from a generator expression passed to sum
data = [4, 2, 0, 1]
print(sum(100 // d for d in data[:2]))
print(sum(100 // d for d in data))
