# ValueError: a negative shift count.
n = -3
print(1 << n)
