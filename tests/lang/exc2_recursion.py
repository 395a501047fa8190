# RecursionError caught when recursion depth exceeds the limit
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError caught")
    print(isinstance(e, RuntimeError))
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(50))
print("still works")
