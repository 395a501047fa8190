# list: aliasing and nested mutation
a = [1, 2]
b = a
b.append(3)
print(a, b, a is b)
row = [0] * 3
grid = [row, row]
grid[0][1] = 5
print(grid)
grid2 = [[0] * 3 for i in range(2)]
grid2[0][1] = 5
print(grid2)
c = a[:]
c.append(4)
print(a, c)
