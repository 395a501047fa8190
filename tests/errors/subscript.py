# error: 3:7: subscripting is not supported
x = 1
print(x[0])
