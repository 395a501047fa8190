# An unexpected keyword argument.
def move(x, y=0):
    return x + y


print(move(1, y=2))
print(move(1, z=2))
