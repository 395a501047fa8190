# error: 2:7: an f-string is not supported
print(f"{1}")
