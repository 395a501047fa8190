# closures nested three levels deep
def level1(a):
    def level2(b):
        def level3(c):
            return a * 100 + b * 10 + c
        return level3
    return level2
print(level1(1)(2)(3))
f = level1(4)
g = f(5)
print(g(6), g(7), f(0)(0))
def outer():
    x = "outer"
    def mid():
        y = "mid"
        def inner():
            nonlocal x
            x = x + "!"
            return x + " " + y
        return inner
    fn = mid()
    r1 = fn()
    r2 = fn()
    return r1, r2, x
print(outer())
