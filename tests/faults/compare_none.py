# TypeError: ordering an int against None.
a = 1
b = None
if a < b:
    print(1)
