"""A docstring is fine."""
# pass, if/elif/else, while True with break.
x = 7
if x < 5:
    print(1)
elif x < 10:
    print(2)
else:
    print(3)
if x:
    pass
n = 0
while True:
    n += 1
    if n >= 4:
        break
print(n)
def classify(v):
    if v < 0:
        return -1
    elif v == 0:
        return 0
    else:
        return 1

print(classify(-5), classify(0), classify(5))
