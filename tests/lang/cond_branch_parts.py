# Tests made of and, or, not and chained comparisons: each part is
# evaluated once, in order, only when needed.
a, b, c, n = 1, 2, 3, 5
x = [0, 1, 2]
if 0 <= a < n and not b > c or c == 9:
    print("yes")
if not (a and b):
    print("no1")
else:
    print("ok1")
while a < 4 and (b or c):
    a += 1
print(a)
print([k for k in range(10) if 2 < k <= 6 and k % 2 or k == 9])
def f(i):
    print("f", i)
    return i
if f(1) < f(2) < f(0):
    print("no2")
if f(0) or f(3) and f(4):
    print("ok2")
if not f(0) and not f(5):
    print("no3")
class C:
    def __lt__(self, o):
        print("lt")
        return 1
y = C()
if y < 3 < 4:
    print("ok3")
if 1 < 2 > 3 in x:
    print("no4")
print(1 if a < b < c else 2, a < b < c)
