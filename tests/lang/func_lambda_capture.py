# lambdas capture variables by reference (late binding) unless bound by default
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
x = 1
get = lambda: x
x = 2
print(get())
def make_adder(n):
    return lambda v: v + n
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))
compose = lambda f, g: lambda v: f(g(v))
print(compose(add5, add10)(0))
print(compose(str, lambda v: v * 3)(4))
