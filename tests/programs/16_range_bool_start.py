# A bool start of range(): the loop variable is an int from the first
# iteration (found by differential testing, seed 69).
x = 5
for i in range(False, 2):
    print(i)
for i in range(x > 0, 4, 2):
    print(i, i == 1)
for i in range(True, x - 3):
    print(i)
for i in range(x < 0, -2, -1):
    print(i)
def f(a):
    for j in range(a == a, 3):
        print(j)
f(7)
