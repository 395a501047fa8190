# ints never overflow, in a program without objects: promotion inside
# functions, recursion and loops, and big values passed around
def fact(n):
    if n < 2:
        return 1
    return n * fact(n - 1)


def fib(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fact(25), fact(30) // fact(28))
print(fib(100), fib(100) % 1000000007)
t = 0
for i in range(1, 40):
    t += i ** 7
print(t, -t, t // 3, t - t)
print(1 - (1 << 31), (1 << 30) * -1, -(1 << 30) // 1)
