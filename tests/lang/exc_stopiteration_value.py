# StopIteration from next() on exhausted iterators
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
def g():
    yield 1
    return "ret"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value)
try:
    next(iter({}))
except StopIteration:
    print("empty dict iterator")
def bad():
    yield next(iter([]))
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
