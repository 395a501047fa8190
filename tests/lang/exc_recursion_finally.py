# RecursionError caught, user exception hierarchy, finally with return and continue, star unpacking.
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError as e:
    print("recursion", e)
class E(Exception):
    pass
class F(E):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
try:
    raise F(7)
except E as e:
    print(type(e).__name__, e.code, e, isinstance(e, Exception))
def g():
    try:
        return 1
    finally:
        print("finally runs")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("i", i)
    finally:
        print("f", i)
a, *rest = [1, 2, 3, 4]
print(a, rest)
x = {"k": [1, 2]}
x["k"][0] += 10
print(x)
raise F(3)
