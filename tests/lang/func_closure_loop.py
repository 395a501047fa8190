# closures created in a loop capture the loop variable via default argument
handlers = []
for name in ["a", "b", "c"]:
    def h(n=name):
        return "handler " + n
    handlers.append(h)
print([h() for h in handlers])
late = []
for k in range(3):
    def m():
        return k
    late.append(m)
print([m() for m in late])
def builder():
    out = []
    for i in range(4):
        def f(x, i=i):
            return x * i
        out.append(f)
    return out
print([f(10) for f in builder()])
