# An attribute of a parenthesised value includes the parentheses.
n = 5
print(1, (n).bits)
