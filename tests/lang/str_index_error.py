# IndexError from a subscript out of range.
s = "abc"
print(s[2])
print(s[-4])
