# tuple: item assignment raises TypeError; index errors
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    print(t[2])
except IndexError as e:
    print('IndexError:', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
print(t)
