# float: IEEE double precision in software, exact to the last bit.
# [sign (1 or -1), mantissa (an int below 2**53), exponent]: the value is
# sign * mantissa * 2**exponent. Every operation computes the exact result
# with ints (big where needed) and rounds it once, half to even, as the
# hardware of a PC does, so results and repr() match CPython.


def is_float(x):
    return htype(x) == 21


def float_make(sign, m, e):
    f = __alloc(21 + (3 << 8))
    __store(f, 1, sign)
    __store(f, 2, m)
    __store(f, 3, e)
    return f


def bit_length(m):
    n = 0
    while m >= 1073741824:
        m = m >> 30
        n = n + 30
    while m > 0:
        m = m >> 1
        n = n + 1
    return n


def float_round(sign, m, e, sticky):
    # The double nearest to sign * (m + sticky bit) * 2**e, m >= 0; sticky
    # is True when the exact value is a little above m * 2**e.
    if m == 0:
        return float_make(sign, 0, 0)
    n = bit_length(m)
    shift = n - 53
    if e + shift < -1074:
        shift = -1074 - e
    if shift > 0:
        q = m >> shift
        r = m - (q << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and (sticky or (q & 1) == 1)):
            q = q + 1
        m = q
        e = e + shift
        if m >= 9007199254740992:
            m = m >> 1
            e = e + 1
    elif shift < 0:
        # Normalise small mantissas up (exactly), within the subnormals.
        k = -shift
        if e - k < -1074:
            k = e + 1074
        m = m << k
        e = e - k
    if e > 971:
        raise OverflowError("float overflow")
    return float_make(sign, m, e)


def to_float(x):
    if is_float(x):
        return x
    if is_num(x):
        v = x + 0
        if v < 0:
            return float_round(-1, -v, 0, False)
        return float_round(1, v, 0, False)
    m = dunder(x, "__float__")
    if m is not __missing():
        return m(x)
    raise TypeError("must be real number, not " + type_name(x))


def f_sign(f):
    return __load(f, 1)


def f_m(f):
    return __load(f, 2)


def f_e(f):
    return __load(f, 3)


def float_add(a, b):
    a = to_float(a)
    b = to_float(b)
    if f_m(a) == 0:
        if f_m(b) == 0:
            if f_sign(a) < 0 and f_sign(b) < 0:
                return float_make(-1, 0, 0)
            return float_make(1, 0, 0)
        return b
    if f_m(b) == 0:
        return a
    ea = f_e(a)
    eb = f_e(b)
    if ea - eb > 110 or eb - ea > 110:
        # The smaller is far below half an ulp of the larger.
        big = a
        small = b
        if eb > ea:
            big = b
            small = a
        m = f_m(big) << 3
        if f_sign(small) == f_sign(big):
            return float_round(f_sign(big), m, f_e(big) - 3, True)
        return float_round(f_sign(big), m - 1, f_e(big) - 3, True)
    e = ea
    if eb < e:
        e = eb
    x = f_sign(a) * (f_m(a) << (ea - e))
    y = f_sign(b) * (f_m(b) << (eb - e))
    s = x + y
    if s == 0:
        return float_make(1, 0, 0)
    if s < 0:
        return float_round(-1, -s, e, False)
    return float_round(1, s, e, False)


def float_neg(a):
    a = to_float(a)
    return float_make(-f_sign(a), f_m(a), f_e(a))


def float_mul(a, b):
    a = to_float(a)
    b = to_float(b)
    return float_round(f_sign(a) * f_sign(b), f_m(a) * f_m(b), f_e(a) + f_e(b), False)


def float_div(a, b):
    a = to_float(a)
    b = to_float(b)
    if f_m(b) == 0:
        raise ZeroDivisionError("float division by zero")
    sign = f_sign(a) * f_sign(b)
    if f_m(a) == 0:
        return float_make(sign, 0, 0)
    # Enough quotient bits for the rounding, the rest in the sticky bit.
    k = 56 + bit_length(f_m(b)) - bit_length(f_m(a))
    if k < 0:
        k = 0
    n = f_m(a) << k
    q = n // f_m(b)
    r = n - q * f_m(b)
    return float_round(sign, q, f_e(a) - f_e(b) - k, r != 0)


def float_cmp(a, b):
    # -1, 0 or 1, exactly.
    a = to_float(a)
    b = to_float(b)
    x = f_sign(a) * f_m(a)
    y = f_sign(b) * f_m(b)
    ea = f_e(a)
    eb = f_e(b)
    if x == 0 or y == 0:
        ea = 0
        eb = 0
    if ea > eb:
        x = x << (ea - eb)
    else:
        y = y << (eb - ea)
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


def float_floor(a):
    # The int floor(a), exactly.
    a = to_float(a)
    e = f_e(a)
    v = f_sign(a) * f_m(a)
    if e >= 0:
        return v << e
    return v >> (-e)


def float_trunc(a):
    a = to_float(a)
    e = f_e(a)
    v = f_m(a)
    if e >= 0:
        v = v << e
    else:
        v = v >> (-e)
    if f_sign(a) < 0:
        return -v
    return v


def float_is_integer(a):
    e = f_e(a)
    return e >= 0 or (f_m(a) & ((1 << (-e)) - 1)) == 0


def float_floordiv(a, b):
    if f_m(to_float(b)) == 0:
        raise ZeroDivisionError("float floor division by zero")
    q = float_div(a, b)
    # floor of the exact quotient: compare q's floor against the remainder.
    a = to_float(a)
    b = to_float(b)
    fq = float_floor(q)
    r = float_sub(a, float_mul(to_float(fq), b))
    if float_cmp(r, 0) != 0 and (float_cmp(r, 0) < 0) != (float_cmp(b, 0) < 0):
        fq = fq - 1
    return to_float(fq)


def float_sub(a, b):
    return float_add(a, float_neg(b))


def float_mod(a, b):
    b = to_float(b)
    if f_m(b) == 0:
        raise ZeroDivisionError("float modulo")
    a = to_float(a)
    # a - floor(a / b) * b, computed exactly, then rounded.
    e = f_e(a)
    if f_e(b) < e:
        e = f_e(b)
    x = f_sign(a) * (f_m(a) << (f_e(a) - e))
    y = f_sign(b) * (f_m(b) << (f_e(b) - e))
    r = x % y
    if r == 0:
        return float_make(f_sign(b), 0, 0)
    if r < 0:
        return float_round(-1, -r, e, False)
    return float_round(1, r, e, False)


def float_pow(a, n):
    # a ** n for an int n.
    if n < 0:
        return float_div(1, float_pow(a, -n))
    r = to_float(1)
    a = to_float(a)
    while n > 0:
        if n & 1:
            r = float_mul(r, a)
        n = n >> 1
        if n > 0:
            a = float_mul(a, a)
    return r


def truediv(a, b):
    if (is_num(a) or is_float(a)) and (is_num(b) or is_float(b)):
        if b == 0 and is_num(a) and is_num(b):
            raise ZeroDivisionError("division by zero")
        return float_div(a, b)
    return by_dunder(a, b, "__truediv__", "__rtruediv__", "/")


def float_binary(a, b, op):
    if op == 0 or op == 10:
        return float_add(a, b)
    if op == 1:
        return float_sub(a, b)
    if op == 2:
        return float_mul(a, b)
    if op == 3:
        return float_floordiv(a, b)
    if op == 4:
        return float_mod(a, b)
    raise TypeError("unsupported operand type(s) for " + binop_symbol(op) + ": '" + type_name(a) + "' and '" + type_name(b) + "'")


def binop_symbol(op):
    if op == 5:
        return "<<"
    if op == 6:
        return ">>"
    if op == 7:
        return "&"
    if op == 8:
        return "|"
    return "^"


def pow10(k):
    r = 1
    while k > 0:
        r = r * 10
        k = k - 1
    return r


def scaled_num(a, k):
    # |a| * 10**k as the fraction scaled_num / scaled_den.
    num = f_m(a)
    if k >= 0:
        num = num * pow10(k)
    if f_e(a) >= 0:
        num = num << f_e(a)
    return num


def scaled_den(a, k):
    den = 1
    if k < 0:
        den = pow10(-k)
    if f_e(a) < 0:
        den = den << (-f_e(a))
    return den


def float_scaled(a, k):
    # round(|a| * 10**k) to an int, half to even, exactly (k may be < 0).
    num = scaled_num(a, k)
    den = scaled_den(a, k)
    q = num // den
    r = num - q * den
    if 2 * r > den or (2 * r == den and (q & 1) == 1):
        q = q + 1
    return q


def decimal_exponent(a):
    # floor(log10(|a|)) for a non-zero float, exactly.
    m = f_m(a)
    e = f_e(a)
    d = (bit_length(m) + e) * 30103 // 100000 - 1
    while float_scaled_floor(a, -d - 1) >= 1:
        d = d + 1
    while float_scaled_floor(a, -d) < 1:
        d = d - 1
    return d


def float_scaled_floor(a, k):
    return scaled_num(a, k) // scaled_den(a, k)


def float_parse(s):
    # A decimal literal: digits, a point, an exponent; the nearest double.
    n = __load(s, 1)
    i = 0
    while i < n and is_space(__load(s, 2 + i)):
        i = i + 1
    while n > i and is_space(__load(s, 1 + n)):
        n = n - 1
    sign = 1
    if i < n and (__load(s, 2 + i) == 45 or __load(s, 2 + i) == 43):
        if __load(s, 2 + i) == 45:
            sign = -1
        i = i + 1
    digits = 0
    count = 0
    point = -1
    exp = 0
    while i < n:
        c = __load(s, 2 + i)
        if 48 <= c <= 57:
            digits = digits * 10 + (c - 48)
            count = count + 1
            if point >= 0:
                exp = exp - 1
        elif c == 46 and point < 0:
            point = i
        elif c == 95 and count > 0:
            c = c
        else:
            break
        i = i + 1
    if count == 0:
        raise ValueError("could not convert string to float: " + repr(s))
    if i < n and (__load(s, 2 + i) | 32) == 101:
        i = i + 1
        esign = 1
        if i < n and (__load(s, 2 + i) == 45 or __load(s, 2 + i) == 43):
            if __load(s, 2 + i) == 45:
                esign = -1
            i = i + 1
        ev = 0
        k = 0
        while i < n and 48 <= __load(s, 2 + i) <= 57:
            ev = ev * 10 + __load(s, 2 + i) - 48
            i = i + 1
            k = k + 1
        if k == 0:
            raise ValueError("could not convert string to float: " + repr(s))
        exp = exp + esign * ev
    if i != n:
        raise ValueError("could not convert string to float: " + repr(s))
    if digits == 0:
        return float_make(sign, 0, 0)
    if exp >= 0:
        return float_round(sign, digits * pow10(exp), 0, False)
    # digits / 10**-exp, with enough quotient bits.
    den = pow10(-exp)
    k = 60 + bit_length(den) - bit_length(digits)
    if k < 0:
        k = 0
    num = digits << k
    q = num // den
    return float_round(sign, q, -k, num - q * den != 0)


def float_digits(a, p):
    # The p significant decimal digits of |a|, rounded: (digits, exponent
    # of the first digit).
    d = decimal_exponent(a)
    q = float_scaled(a, p - 1 - d)
    if q >= pow10(p):
        q = q // 10
        d = d + 1
    return (q, d)


def shortest_digits(a):
    # The shortest decimal digits that read back as |a| (Steele and White's
    # free-format algorithm, with exact ints): (digits, exponent of the
    # first digit). v = r/s, and the half-gaps to the neighbours are mp/s
    # above and mm/s below.
    m = f_m(a)
    e = f_e(a)
    boundary = m == 4503599627370496 and e > -1074
    if e >= 0:
        if boundary:
            r = m << (e + 2)
            s = 4
            mp = 1 << (e + 1)
            mm = 1 << e
        else:
            r = m << (e + 1)
            s = 2
            mp = 1 << e
            mm = mp
    elif boundary:
        r = m << 2
        s = 1 << (2 - e)
        mp = 2
        mm = 1
    else:
        r = m << 1
        s = 1 << (1 - e)
        mp = 1
        mm = 1
    k = decimal_exponent(a) + 1
    if k >= 0:
        s = s * pow10(k)
    else:
        f = pow10(-k)
        r = r * f
        mp = mp * f
        mm = mm * f
    even = (m & 1) == 0
    digits = 0
    count = 0
    while True:
        r = r * 10
        mp = mp * 10
        mm = mm * 10
        dgt = 0
        while r >= s:
            r = r - s
            dgt = dgt + 1
        count = count + 1
        if even:
            low = r <= mm
            high = r + mp >= s
        else:
            low = r < mm
            high = r + mp > s
        if low or high:
            break
        digits = digits * 10 + dgt
    if high and (not low or 2 * r > s or (2 * r == s and (dgt & 1) == 1)):
        dgt = dgt + 1
    digits = digits * 10 + dgt
    while digits % 10 == 0:
        digits = digits // 10
        count = count - 1
    n = __load(str(digits), 1)
    return (digits, k - count + n - 1)


def float_repr(a):
    if f_m(a) == 0:
        if f_sign(a) < 0:
            return "-0.0"
        return "0.0"
    t = shortest_digits(a)
    d = t[1]
    ds = str(t[0])
    out = ""
    if f_sign(a) < 0:
        out = "-"
    nd = __load(ds, 1)
    if -4 <= d < 16:
        if d < 0:
            return out + "0." + "0" * (-d - 1) + ds
        if d + 1 >= nd:
            return out + ds + "0" * (d + 1 - nd) + ".0"
        return out + str_sub(ds, 0, d + 1) + "." + str_sub(ds, d + 1, nd)
    mant = str_sub(ds, 0, 1)
    if nd > 1:
        mant = mant + "." + str_sub(ds, 1, nd)
    es = str(d)
    if d < 0:
        es = "-" + str(-d)
        if -d < 10:
            es = "-0" + str(-d)
    elif d < 10:
        es = "+0" + es
    else:
        es = "+" + es
    return out + mant + "e" + es


def digits_text(q, d, p):
    return str(q) + "e" + str(d - p + 1)


def float_fixed(a, prec):
    # '%.{prec}f' of |a|.
    q = float_scaled(a, prec)
    s = str(q)
    if prec == 0:
        return s
    if __load(s, 1) <= prec:
        s = "0" * (prec + 1 - __load(s, 1)) + s
    n = __load(s, 1)
    return str_sub(s, 0, n - prec) + "." + str_sub(s, n - prec, n)


def float_exp(a, prec, upper):
    # '%.{prec}e' of |a|.
    if f_m(a) == 0:
        q = 0
        d = 0
    else:
        t = float_digits(a, prec + 1)
        q = t[0]
        d = t[1]
    s = str(q)
    if q == 0:
        s = "0" * (prec + 1)
    mant = str_sub(s, 0, 1)
    if prec > 0:
        mant = mant + "." + str_sub(s, 1, __load(s, 1))
    e = "e"
    if upper:
        e = "E"
    if d < 0:
        es = "-"
        d = -d
    else:
        es = "+"
    if d < 10:
        es = es + "0"
    return mant + e + es + str(d)


def float_general(a, prec):
    # '%.{prec}g' of |a|.
    if prec == 0:
        prec = 1
    if f_m(a) == 0:
        return "0"
    t = float_digits(a, prec)
    d = t[1]
    if -4 <= d < prec:
        s = float_fixed(a, prec - 1 - d)
        if str_find(s, ".", 0) >= 0:
            while __load(s, 1 + __load(s, 1)) == 48:
                s = str_sub(s, 0, __load(s, 1) - 1)
            if __load(s, 1 + __load(s, 1)) == 46:
                s = str_sub(s, 0, __load(s, 1) - 1)
        return s
    s = float_exp(a, prec - 1, False)
    k = str_find(s, "e", 0)
    m = str_sub(s, 0, k)
    if str_find(m, ".", 0) >= 0:
        while __load(m, 1 + __load(m, 1)) == 48:
            m = str_sub(m, 0, __load(m, 1) - 1)
        if __load(m, 1 + __load(m, 1)) == 46:
            m = str_sub(m, 0, __load(m, 1) - 1)
    return m + str_sub(s, k, __load(s, 1))


def float_format(v, kind, prec, sign):
    # The text of float v for format type kind (0 when none).
    a = to_float(v)
    neg = f_sign(a) < 0
    if kind == 102 or kind == 70:
        if prec < 0:
            prec = 6
        body = float_fixed(a, prec)
    elif kind == 101 or kind == 69:
        if prec < 0:
            prec = 6
        body = float_exp(a, prec, kind == 69)
    elif kind == 103 or kind == 71:
        if prec < 0:
            prec = 6
        body = float_general(a, prec)
    elif kind == 37:
        if prec < 0:
            prec = 6
        body = float_fixed(float_mul(a, 100), prec) + "%"
    else:
        if prec >= 0:
            body = float_general(a, prec)
            if str_find(body, ".", 0) < 0 and str_find(body, "e", 0) < 0:
                body = body + ".0"
        else:
            body = float_repr(float_make(1, f_m(a), f_e(a)))
    if neg:
        return "-" + body
    if sign != 45:
        return chr(sign) + body
    return body


def round_(x, n):
    if htype(x) == 6:
        m = dunder(x, "__round__")
        if m is __missing():
            raise TypeError("type " + type_name(x) + " doesn't define __round__ method")
        if n is None:
            return m(x)
        return m(x, n)
    if is_num(x):
        if n is None or n >= 0:
            return x + 0
        p = pow10(-n)
        q = x // p
        r = x - q * p
        if 2 * r > p or (2 * r == p and (q & 1) == 1):
            q = q + 1
        return q * p
    if not is_float(x):
        raise TypeError("type " + type_name(x) + " doesn't define __round__ method")
    a = to_float(x)
    if n is None:
        q = float_scaled(a, 0)
        if f_sign(a) < 0:
            return -q
        return q
    q = float_scaled(a, n)
    if n >= 0:
        return float_div(float_make(f_sign(a), 0, 0) if q == 0 else float_round(f_sign(a), q, 0, False), pow10(n))
    return float_round(f_sign(a), q * pow10(-n), 0, False)


def float_hash(a):
    if float_is_integer(a):
        return hash(float_trunc(a))
    return (f_m(a) ^ (f_e(a) * 1000003)) & 1073741823
