# list: IndexError / ValueError raised by list operations, caught
a = [1, 2, 3]
try:
    print(a[3])
except IndexError as e:
    print('IndexError', e)
try:
    a[-4] = 0
except IndexError as e:
    print('IndexError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    a.remove(7)
except ValueError as e:
    print('ValueError', e)
try:
    a.index(7)
except ValueError as e:
    print('ValueError', e)
print(a)
