# An index error in an assignment target.
cells = [0] * 4
for i in range(5):
    cells[i] = i * i
print(cells)
