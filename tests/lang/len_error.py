# TypeError: len() of an int.
def size(x):
    return len(x)


print(size("ab"))
print(size(12))
