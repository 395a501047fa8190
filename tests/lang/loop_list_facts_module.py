# Module-level loops that subscript globals: a global is tested for a list
# once at the loop's entry only when no function declares it `global` and
# the module bound it before the loop.
data = [3, 1, 2]
total = 0
for i in range(3):
    total += data[i]
    data[i] = data[i] * 2
print(total, data)

grid = [[0] * 3 for _ in range(3)]
k = 0
while k < 9:
    grid[k // 3][k % 3] = k
    k += 1
print(grid, [grid[r][r] for r in range(3)])

swapped = [1, 2, 3]


def swap():
    global swapped
    swapped = ("a", "b", "c")


out = []
for i in range(3):
    out.append(swapped[i])
    swap()
print(out)

text = "xyz"
print([text[i] for i in range(3)], [data[-1 - i] for i in range(3)])

gone = [7, 8]
del gone
try:
    for i in range(2):
        print(gone[i])
except NameError as e:
    print(type(e).__name__)

if total > 100:
    later = [1]
try:
    for i in range(1):
        print(later[i])
except NameError as e:
    print(type(e).__name__)

shrink = [1, 2, 3]
try:
    for i in range(3):
        print(shrink[i])
        shrink.clear()
except IndexError as e:
    print("IndexError", e)
