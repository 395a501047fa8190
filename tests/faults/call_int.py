# TypeError: calling an int.
f = 5
print(f(1))
