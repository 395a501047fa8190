# range with one, two and three arguments, negative and run-time steps.
for i in range(3):
    print(i)
for i in range(-2, 2):
    print(i)
for i in range(10, 0, -3):
    print(i)
for i in range(0, 10, 4):
    print(i)
for i in range(5, 5):
    print(999)
for i in range(5, 0):
    print(999)
step = -2
for i in range(6, -3, step):
    print(i)
step = 3
for i in range(1, 9, step):
    print(i)
for i in range(3):
    i = i * 100
    print(i)
total = 0
for i in range(1073741820, 1073741823):
    total = total + 1
print(total, i)
for i in range(0, 1073741823, 536870912):
    print(i)
def count(a, b, c):
    n = 0
    for k in range(a, b, c):
        n += 1
    else:
        n += 1000
    return n

print(count(0, 100, 7), count(100, 0, -7), count(0, 0, 1))
