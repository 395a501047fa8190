# A longer computation: Collatz steps and a sieve-free prime count.
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = 0
arg = 0
for i in range(1, 200):
    s = collatz(i)
    if s > best:
        best = s
        arg = i
print(arg, best)

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

count = 0
for i in range(500):
    if is_prime(i):
        count += 1
print(count, is_prime(97), is_prime(91))
