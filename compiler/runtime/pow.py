# a ** b on small ints: square-and-multiply; a result past the small-int
# range faults in the multiplication (OverflowError).


def pow(a, b):
    # Operand types first: `2 ** None` is not a comparison error, and
    # objects have __pow__ and __rpow__.
    if not (is_num(a) or is_float(a)) or not (is_num(b) or is_float(b)):
        return by_dunder(a, b, "__pow__", "__rpow__", "** or pow()")
    # With objects: floats, big ints, negative exponents.
    if is_float(a) or is_float(b) or b < 0:
        if is_float(b):
            if not float_is_integer(b):
                raise ValueError("a float exponent that is not an integer is not supported")
            b = float_trunc(b)
        if b < 0 and a == 0:
            raise ZeroDivisionError("0.0 cannot be raised to a negative power")
        return float_pow(a, b)
    return pow_loop(a, b)


def pow_int(a, b):
    # `a ** k` for a literal k >= 0 in a program without objects, which
    # has no strings for a TypeError's message: the processor reports it.
    if not is_num(a):
        __fault("pow_type")
    return pow_loop(a, b)


def pow3(a, b, m):
    if m == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    if b < 0:
        raise ValueError("pow() 2nd argument cannot be negative when 3rd argument specified")
    if m < 0:
        # The result takes the modulus's sign.
        r = pow3(a, b, -m)
        if r != 0:
            r = r + m
        return r
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


def pow_loop(a, b):
    # a ** b for an int b >= 0, by squaring.
    r = 1
    while b > 0:
        if b & 1:
            r = r * a
        b = b >> 1
        if b > 0:
            a = a * a
    return r
