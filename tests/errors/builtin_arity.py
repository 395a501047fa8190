# error: 2:7: len() does not take 2 arguments
print(len(1, 2))
