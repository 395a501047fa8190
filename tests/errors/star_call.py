# error: 3:7: *args in a call is not supported
x = [1]
print(*x)
