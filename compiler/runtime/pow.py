# a ** b on small ints: square-and-multiply; a result past the small-int
# range faults in the multiplication (OverflowError).


def pow(a, b):
    if b < 0:
        __fault("negative_power")
    r = 1
    while b > 0:
        if b & 1:
            r = r * a
        b = b >> 1
        if b > 0:
            a = a * a
    return r


def pow3(a, b, m):
    if m == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    if b < 0:
        raise ValueError("pow() 2nd argument cannot be negative when 3rd argument specified")
    r = 1 % m
    a = a % m
    while b > 0:
        if b & 1:
            r = mulmod(r, a, m)
        a = mulmod(a, a, m)
        b = b >> 1
    return r


def mulmod(a, b, m):
    # a * b % m without overflow: shift-and-add.
    r = 0
    while b > 0:
        if b & 1:
            r = (r + a) % m
        a = (a + a) % m
        b = b >> 1
    return r
