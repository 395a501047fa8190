# time.ticks_diff(a, b) as MicroPython: the signed difference of two tick
# values modulo 2**30, in -2**29 .. 2**29-1.


def ticks_diff(a, b):
    d = ((a & 1073741823) - (b & 1073741823)) & 1073741823
    if d >= 536870912:
        d = d - 536870912 - 536870912
    return d
