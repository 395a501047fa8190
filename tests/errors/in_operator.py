# error: 2:7: the 'in' operator is not supported
print(1 in 2)
