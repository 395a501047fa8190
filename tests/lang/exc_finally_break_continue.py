# exc: finally with break and continue inside loops
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append('f' + str(i))
print(out)
n = 0
while True:
    try:
        n += 1
        if n > 2:
            break
    finally:
        print('finally', n)
print('n', n)
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'broke out'
print(g())
