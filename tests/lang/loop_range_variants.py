# loop: range with runtime steps, empty ranges, loop variable after loop
total = 0
for step in [1, 2, 3, -1]:
    out = []
    for i in range(0, 7 * step if step > 0 else -7, step):
        out.append(i)
    print(step, out)
for i in range(5, 5):
    print('never')
for j in range(3):
    pass
print('j after loop', j)
