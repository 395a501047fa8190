# Big ints print and convert to str at any size (the printer loops; it
# recursed once per four digits and ran out of stack past 300 digits).
s = str(2 ** 1000)
print(len(s), s[:20], s[-20:])
