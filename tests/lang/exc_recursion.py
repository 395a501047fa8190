# exc: RecursionError from unbounded recursion is caught and the program continues
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError caught', type(e).__name__)
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(10))
