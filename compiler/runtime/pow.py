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
