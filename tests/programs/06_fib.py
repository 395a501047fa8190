# Recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(15))
print(fib(0), fib(1), fib(10))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(12))
