# A comprehension in a function.
def g(n):
    return [1 // (n - i) for i in range(n + 1)]

print(g(1))
