# Comparisons, chained comparisons (the middle operand evaluated once), is.
def mid(v):
    print(7)
    return v

print(1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 < mid(5) < 10, 1 < mid(0) < 10)
print(1 == True, 0 == False, None is None, None is not None, 1 is not None)
a = 5
print(0 <= a < 10, 0 <= a < 5, a == 5 == a, a != 4 != a)
print(True > False, True == 1, False < 1)
