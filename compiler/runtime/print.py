# print(x) for one value: CPython's repr of an int, a bool or None, written
# to the console port one byte at a time. The compiler writes the spaces
# between values and the final newline.


def print(x):
    if __kind(x) == 1:
        str_print(to_str(x))
        return None
    print_int(x)


def print_kw(args, sep, end):
    print_check("sep", sep)
    print_check("end", end)
    i = 1
    while i <= tuple_len(args):
        if i > 1:
            if sep is not None:
                str_print(sep)
            else:
                __io_write(0, 32)
        str_print(to_str(__load(args, i)))
        i = i + 1
    if end is None:
        __io_write(0, 10)
    else:
        str_print(end)


def print_int(x):
    k = __kind(x)
    if k == 2:
        __io_write(0, 78)  # None
        __io_write(0, 111)
        __io_write(0, 110)
        __io_write(0, 101)
        return None
    if k == 3:
        if x:
            __io_write(0, 84)  # True
            __io_write(0, 114)
            __io_write(0, 117)
            __io_write(0, 101)
        else:
            __io_write(0, 70)  # False
            __io_write(0, 97)
            __io_write(0, 108)
            __io_write(0, 115)
            __io_write(0, 101)
        return None
    if k != 0 and not is_big(x):
        __fault("illegal")
    if __feature("big") and k != 0:
        # A big int, four decimal digits at a time (the operators trap to
        # the big-int handlers).
        if x < 0:
            __io_write(0, 45)  # '-'
            x = -x
        g = big_groups(x)
        k = __load(g, 1)
        print_int(__load(g, 2 + k))
        while k > 0:
            k = k - 1
            r = __load(g, 2 + k)
            __io_write(0, 48 + r // 1000)
            __io_write(0, 48 + r // 100 % 10)
            __io_write(0, 48 + r // 10 % 10)
            __io_write(0, 48 + r % 10)
        return None
    n = x
    if n < 0:
        __io_write(0, 45)  # '-'
        # Work on n // -10 and the last digit so that -2**30 cannot overflow.
        last = -(n % -10)
        n = n // -10
        if n == 0:
            __io_write(0, 48 + last)
            return None
    else:
        last = n % 10
        n = n // 10
        if n == 0:
            __io_write(0, 48 + last)
            return None
    p = 1
    while n // p >= 10:
        p = p * 10
    while p > 0:
        d = n // p
        __io_write(0, 48 + d)
        n = n - d * p
        p = p // 10
    __io_write(0, 48 + last)


def print_check(what, s):
    if s is not None and htype(s) != 1:
        raise TypeError(what + " must be None or a string, not " + type_name(s))
