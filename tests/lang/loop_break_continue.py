# loop: break and continue in nested for and while loops
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j, end='; ')
    print()
k = 0
total = 0
while k < 10:
    k += 1
    if k % 2:
        continue
    if k == 8:
        break
    total += k
print(k, total)
