# Functions calling functions; falling off the end returns None.
def square(x):
    return x * x

def sum_squares(a, b):
    return square(a) + square(b)

def nothing():
    pass

def bare():
    return

def early(n):
    if n > 0:
        return 1
    print(n)

print(sum_squares(3, 4), nothing(), bare(), early(5), early(-1))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(gcd(48, 36), gcd(17, 5), gcd(0, 9))

def apply(f, v):
    return f(v)

print(apply(square, 9))
