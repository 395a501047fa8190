# loop: iterate over a snapshot of dict keys while deleting, update values in place
d = {i: i * 10 for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] += 1
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
