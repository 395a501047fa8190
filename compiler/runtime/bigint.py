# Arbitrary-precision ints: [sign (1 or -1), digits...], least significant
# first, base 2**15, the top digit non-zero. A result that fits a small int
# is a small int. Every intermediate value here stays a small int: the
# product of two digits plus two more is below 2**30.


def is_big(x):
    return htype(x) == 18


def is_num(x):
    k = __kind(x)
    return k == 0 or k == 3 or htype(x) == 18


def big_new(n):
    b = __alloc(18 + ((n + 1) << 8))
    __store(b, 1, 1)
    i = 0
    while i < n:
        __store(b, 2 + i, 0)
        i = i + 1
    return b


def nd(b):
    return (__load(b, 0) >> 8) - 1


def to_big(x):
    if htype(x) == 18:
        return x
    # A small int as a big one (leading zero digits allowed).
    x = x + 0
    b = big_new(3)
    if x < 0:
        __store(b, 1, -1)
        i = 0
        while x != 0:
            d = -(x % -32768)
            __store(b, 2 + i, d)
            x = (x + d) // 32768
            i = i + 1
        return b
    i = 0
    while x != 0:
        __store(b, 2 + i, x & 32767)
        x = x >> 15
        i = i + 1
    return b


def big_trim(b):
    # Without leading zero digits; a small int when it fits.
    n = nd(b)
    while n > 0 and __load(b, 1 + n) == 0:
        n = n - 1
    if n == 0:
        return 0
    if n <= 2:
        v = __load(b, 2)
        if n == 2:
            v = v + (__load(b, 3) << 15)
        if __load(b, 1) < 0:
            return -v
        return v
    if n == 3 and __load(b, 1) < 0 and __load(b, 4) == 1 and __load(b, 3) == 0 and __load(b, 2) == 0:
        return -1073741824
    return big_copy(b, n)


def big_copy(b, n):
    if n == nd(b):
        return b
    r = big_new(n)
    __store(r, 1, __load(b, 1))
    i = 0
    while i < n:
        __store(r, 2 + i, __load(b, 2 + i))
        i = i + 1
    return r


def top(a):
    # The number of digits without leading zeros.
    n = nd(a)
    while n > 0 and __load(a, 1 + n) == 0:
        n = n - 1
    return n


def mag_cmp(a, b):
    na = top(a)
    nb = top(b)
    if na != nb:
        if na < nb:
            return -1
        return 1
    i = na - 1
    while i >= 0:
        x = __load(a, 2 + i)
        y = __load(b, 2 + i)
        if x != y:
            if x < y:
                return -1
            return 1
        i = i - 1
    return 0


def mag_add(a, b, sign):
    na = nd(a)
    nb = nd(b)
    n = na
    if nb > n:
        n = nb
    r = big_new(n + 1)
    __store(r, 1, sign)
    carry = 0
    i = 0
    while i < n:
        t = carry
        if i < na:
            t = t + __load(a, 2 + i)
        if i < nb:
            t = t + __load(b, 2 + i)
        __store(r, 2 + i, t & 32767)
        carry = t >> 15
        i = i + 1
    __store(r, 2 + n, carry)
    return r


def mag_sub(a, b, sign):
    # |a| - |b|, with |a| >= |b|.
    na = nd(a)
    nb = nd(b)
    r = big_new(na)
    __store(r, 1, sign)
    borrow = 0
    i = 0
    while i < na:
        t = __load(a, 2 + i) - borrow
        if i < nb:
            t = t - __load(b, 2 + i)
        borrow = 0
        if t < 0:
            t = t + 32768
            borrow = 1
        __store(r, 2 + i, t)
        i = i + 1
    return r


def big_add(a, b):
    a = to_big(a)
    b = to_big(b)
    sa = __load(a, 1)
    sb = __load(b, 1)
    if sa == sb:
        return big_trim(mag_add(a, b, sa))
    c = mag_cmp(a, b)
    if c == 0:
        return 0
    if c > 0:
        return big_trim(mag_sub(a, b, sa))
    return big_trim(mag_sub(b, a, sb))


def big_neg(a):
    a = to_big(a)
    n = nd(a)
    r = big_new(n)
    __store(r, 1, -__load(a, 1))
    i = 0
    while i < n:
        __store(r, 2 + i, __load(a, 2 + i))
        i = i + 1
    return big_trim(r)


def big_sub(a, b):
    return big_add(a, big_neg(b))


def big_mul(a, b):
    a = to_big(a)
    b = to_big(b)
    na = nd(a)
    nb = nd(b)
    r = big_new(na + nb)
    __store(r, 1, __load(a, 1) * __load(b, 1))
    i = 0
    while i < na:
        x = __load(a, 2 + i)
        carry = 0
        j = 0
        while j < nb:
            t = x * __load(b, 2 + j) + __load(r, 2 + i + j) + carry
            __store(r, 2 + i + j, t & 32767)
            carry = t >> 15
            j = j + 1
        k = i + nb
        while carry != 0:
            t = __load(r, 2 + k) + carry
            __store(r, 2 + k, t & 32767)
            carry = t >> 15
            k = k + 1
        i = i + 1
    return big_trim(r)


def mag_shl1_or(r, bit):
    # r = r * 2 + bit, in place (r has room).
    carry = bit
    i = 0
    while i < nd(r):
        t = (__load(r, 2 + i) << 1) + carry
        __store(r, 2 + i, t & 32767)
        carry = t >> 15
        i = i + 1


def big_divmod(a, b):
    # Floor division and modulo, as Python: (q, r).
    a = to_big(a)
    b = to_big(b)
    if top(b) == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    na = nd(a)
    q = big_new(na)
    r = big_new(nd(b) + 1)
    i = na * 15 - 1
    while i >= 0:
        bit = (__load(a, 2 + i // 15) >> (i % 15)) & 1
        mag_shl1_or(r, bit)
        if mag_cmp(r, b) >= 0:
            r = mag_sub(r, b, 1)
            r = big_copy_mag(r, nd(b) + 1)
            __store(q, 2 + i // 15, __load(q, 2 + i // 15) | (1 << (i % 15)))
        i = i - 1
    sa = __load(a, 1)
    sb = __load(b, 1)
    __store(q, 1, sa * sb)
    __store(r, 1, sa)
    qv = big_trim(q)
    rv = big_trim(r)
    if sa != sb and rv != 0:
        qv = big_sub(qv, 1)
        rv = big_add(rv, b)
    return (qv, rv)


def big_copy_mag(r, n):
    t = big_new(n)
    i = 0
    while i < n and i < nd(r):
        __store(t, 2 + i, __load(r, 2 + i))
        i = i + 1
    return t


def big_cmp(a, b):
    a = to_big(a)
    b = to_big(b)
    sa = big_sign(a)
    sb = big_sign(b)
    if sa != sb:
        if sa < sb:
            return -1
        return 1
    c = mag_cmp(a, b)
    if sa < 0:
        return -c
    return c


def big_sign(a):
    if top(a) == 0:
        return 0
    return __load(a, 1)


def big_shift(a, k):
    # a << k (k >= 0) or a >> -k (k < 0), flooring.
    if k >= 0:
        while k >= 15:
            a = big_mul(a, 32768)
            k = k - 15
        return big_mul(a, 1 << k)
    k = -k
    r = a
    while k >= 15:
        r = big_divmod(r, 32768)[0]
        k = k - 15
    return big_divmod(r, 1 << k)[0]


def big_binary(a, b, op):
    # op: the BINARY operator number.
    if op == 0 or op == 10:
        return big_add(a, b)
    if op == 1:
        return big_sub(a, b)
    if op == 2:
        return big_mul(a, b)
    if op == 3:
        return big_divmod(a, b)[0]
    if op == 4:
        return big_divmod(a, b)[1]
    if op == 5 or op == 6:
        if is_big(b):
            if op == 6:
                if big_cmp(a, 0) < 0:
                    return -1
                return 0
            raise OverflowError("too many digits in integer")
        if b < 0:
            raise ValueError("negative shift count")
        if op == 5:
            return big_shift(a, b)
        return big_shift(a, -b)
    return big_bitwise(a, b, op)


def big_bitwise(a, b, op):
    if big_cmp(a, 0) < 0 or big_cmp(b, 0) < 0:
        raise ValueError("bitwise operations on negative big ints are not supported")
    a = to_big(a)
    b = to_big(b)
    n = nd(a)
    if nd(b) > n:
        n = nd(b)
    r = big_new(n)
    i = 0
    while i < n:
        x = 0
        y = 0
        if i < nd(a):
            x = __load(a, 2 + i)
        if i < nd(b):
            y = __load(b, 2 + i)
        if op == 7:
            __store(r, 2 + i, x & y)
        elif op == 8:
            __store(r, 2 + i, x | y)
        else:
            __store(r, 2 + i, x ^ y)
        i = i + 1
    return big_trim(r)


def big_hash(a):
    h = 0
    i = 0
    while i < nd(a):
        h = ((h & 8388607) * 31) ^ __load(a, 2 + i)
        i = i + 1
    if __load(a, 1) < 0:
        return -h
    return h
