# A program without objects prints big ints with the small printer.
x = 1
for i in range(200):
    x = x * 7
print(x)
print(-x)
