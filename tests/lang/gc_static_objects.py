# Static objects (a class, a function's defaults) that point to heap objects
# keep them alive through collections.
import gc
class A:
    pass
A.items = [1, 2, 3]
A.name = "x" * 3
def f(a, b=[7, 8]):
    return b
for i in range(2000):
    A.tmp = [i] * 5
    s = str(i) * 3
gc.collect()
print(A.items, A.name, A.tmp, f(1))
t = (A.items, "q")
gc.collect()
print(t, A.items)
