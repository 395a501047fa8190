# Nested loops with break, continue and else.
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print(i, j)
    else:
        print(-1, i)

n = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    if n == 8:
        break
    print(n)
else:
    print(100)

k = 0
while k < 3:
    k += 1
else:
    print(200, k)

for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p)
