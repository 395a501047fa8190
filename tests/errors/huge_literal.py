# error: 2:11: does not fit in a small int
print(1 + 100000000000000000000000)
