# print with several arguments, none, bools and None.
print()
print(1, 2, 3)
print(True, False, None)
print(-5, 0, 1073741823, -1073741824)
print(None)
def loud(v):
    print(v, v)
    return v

print(loud(1), loud(2))
print(0)
print(-10, -9, -100, 100, 99, 1000000000)
