# slice: extended slice assignment with wrong length raises ValueError
a = list(range(6))
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
print(a)
