# time.ticks_diff(a, b) as MicroPython: the signed difference of two tick
# values modulo 2**30, in -2**29 .. 2**29-1.


def ticks_diff(a, b):
    d = ((a & 1073741823) - (b & 1073741823)) & 1073741823
    if d >= 536870912:
        d = d - 536870912 - 536870912
    return d


def ticks_add(t, delta):
    return (t + delta) & 1073741823


# Busy-waits on the microsecond timer (I/O port 8), at least as long as
# asked; a second at a time, so that ticks_diff stays in range.
def sleep_us(n):
    t0 = __io_read(8)
    while n >= 1000000:
        while ticks_diff(__io_read(8), t0) < 1000000:
            pass
        t0 = (t0 + 1000000) & 1073741823
        n = n - 1000000
    while ticks_diff(__io_read(8), t0) < n:
        pass


def sleep_ms(n):
    sleep_us(n * 1000)


def sleep(s):
    sleep_us(s * 1000000)
