print([i for i in range(5)], [i * j for i in range(1, 4) for j in range(i, 0, -1) if j % 2])
print({k: k * k for k in range(3)}, sorted({x for x in range(10, 0, -3)}))
print([i for i in range(True, 3)], [i for i in range(2**40, 2**40 + 2)])
n = 3
print([(i, j) for i in range(n) if i for j in range(i)])
print([[y for y in range(x)] for x in range(4)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(sum(i for i in range(10)))
try:
    print([i for i in range(2.5)])
except TypeError as e:
    print("TypeError", e)
try:
    for i in range(1.5):
        print(i)
except TypeError as e:
    print("TypeError", e)
try:
    print([i for i in range(0, 3, 0)])
except ValueError as e:
    print("ValueError", e)
print([i for i in range(2**30 - 3, 2**30 + 2)])
