# ValueError: range() with a zero step computed at run time.
s = 0
for i in range(0, 10, s):
    print(i)
