# keyword-only parameters after * and after *args
def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2))
print(f(1, c=10, b=2))
def g(*args, sep="-", end="!"):
    return sep.join(args) + end
print(g("a", "b", "c"))
print(g("x", "y", sep="+"))
print(g(end="?"))
try:
    f(1, 2)
except TypeError:
    print("positional for kw-only rejected")
try:
    f(1)
except TypeError:
    print("missing kw-only rejected")
