# An integer loop with arithmetic and branches (a Collatz walk).
total = 0
for start in range(1, 300):
    n = start
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    total += steps
print(total)
