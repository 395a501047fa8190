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


def big_groups(x):
    # The decimal digits of big int x >= 0 in groups of four, by dividing
    # by 10000 (one base 2**15 digit) in a loop: an array object whose word
    # 1 is the number k of full groups, words 2 .. k + 1 the groups from the
    # least significant, and word k + 2 the leading small int.
    g = big_new(nd(x) * 2 + 2)
    k = 0
    while is_big(x):
        __store(g, 2 + k, x % 10000)
        x = x // 10000
        k = k + 1
    __store(g, 2 + k, x)
    __store(g, 1, k)
    return g


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
    if b == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return big_divmod_nz(a, b)


def big_divmod_nz(a, b):
    # big_divmod for b != 0, without exceptions (int.py).
    a = to_big(a)
    b = to_big(b)
    nb = top(b)
    if mag_cmp(a, b) < 0:
        q = big_new(1)
        r = big_copy_mag(a, top(a) + 1)
    elif nb == 1:
        qr = mag_divmod_small(a, __load(b, 2))
        q = __load(qr, 1)
        r = __load(qr, 2)
    else:
        qr = mag_divmod(a, b)
        q = __load(qr, 1)
        r = __load(qr, 2)
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


def mag_divmod_small(a, d):
    # |a| divided by one digit d: (quotient, remainder) magnitudes.
    n = top(a)
    q = big_new(n)
    r = 0
    i = n - 1
    while i >= 0:
        t = (r << 15) | __load(a, 2 + i)
        __store(q, 2 + i, t // d)
        r = t % d
        i = i - 1
    rb = big_new(1)
    __store(rb, 2, r)
    return (q, rb)


def mag_divmod(a, b):
    # Long division of magnitudes, one base 2**15 digit of the quotient at
    # a time (Knuth's algorithm D): the divisor is shifted so that its top
    # digit is at least 2**14, then each quotient digit is estimated from
    # the top of the remainder and corrected at most twice.
    nb = top(b)
    na = top(a)
    s = 0
    t = __load(b, 1 + nb)
    while t < 16384:
        t = t << 1
        s = s + 1
    v = mag_shl(b, s, nb)
    u = mag_shl(a, s, na + 1)
    q = big_new(na - nb + 1)
    v1 = __load(v, 1 + nb)
    v2 = __load(v, nb)
    j = na - nb
    while j >= 0:
        num = (__load(u, 2 + j + nb) << 15) | __load(u, 1 + j + nb)
        qh = num // v1
        rh = num - qh * v1
        if qh > 32767:
            qh = 32767
            rh = num - qh * v1
        while rh < 32768 and qh * v2 > ((rh << 15) | __load(u, j + nb)):
            qh = qh - 1
            rh = rh + v1
        # u[j .. j+nb] -= qh * v
        borrow = 0
        carry = 0
        i = 0
        while i < nb:
            p = qh * __load(v, 2 + i) + carry
            carry = p >> 15
            d = __load(u, 2 + j + i) - (p & 32767) - borrow
            borrow = 0
            if d < 0:
                d = d + 32768
                borrow = 1
            __store(u, 2 + j + i, d)
            i = i + 1
        d = __load(u, 2 + j + nb) - carry - borrow
        if d < 0:
            # qh was one too big: add v back.
            __store(u, 2 + j + nb, d + 32768)
            qh = qh - 1
            c = 0
            i = 0
            while i < nb:
                d2 = __load(u, 2 + j + i) + __load(v, 2 + i) + c
                __store(u, 2 + j + i, d2 & 32767)
                c = d2 >> 15
                i = i + 1
            __store(u, 2 + j + nb, (__load(u, 2 + j + nb) + c) & 32767)
        else:
            __store(u, 2 + j + nb, d)
        __store(q, 2 + j, qh)
        j = j - 1
    r = mag_shr(u, s, nb)
    return (q, r)


def mag_shl(a, s, n):
    # The first n digits of |a| shifted left by s < 15 bits, with one
    # more digit of room.
    r = big_new(n + 1)
    carry = 0
    i = 0
    while i < n:
        d = 0
        if i < nd(a):
            d = __load(a, 2 + i)
        t = (d << s) | carry
        __store(r, 2 + i, t & 32767)
        carry = t >> 15
        i = i + 1
    __store(r, 2 + n, carry)
    return r


def mag_shr(a, s, n):
    # The first n digits of |a| shifted right by s < 15 bits.
    r = big_new(n)
    i = 0
    while i < n:
        t = __load(a, 2 + i) >> s
        if i + 1 < nd(a):
            t = t | ((__load(a, 3 + i) << (15 - s)) & 32767)
        __store(r, 2 + i, t)
        i = i + 1
    return r


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
    # a << k (k >= 0) or a >> -k (k < 0), flooring, digit by digit.
    a = to_big(a)
    n = top(a)
    if k >= 0:
        w = k // 15
        s = k % 15
        r = big_new(n + w + 1)
        __store(r, 1, __load(a, 1))
        carry = 0
        i = 0
        while i < n:
            t = (__load(a, 2 + i) << s) | carry
            __store(r, 2 + w + i, t & 32767)
            carry = t >> 15
            i = i + 1
        __store(r, 2 + w + n, carry)
        return big_trim(r)
    k = -k
    w = k // 15
    s = k % 15
    if w >= n:
        if __load(a, 1) < 0 and n > 0:
            return -1
        return 0
    m = n - w
    r = big_new(m)
    i = 0
    while i < m:
        t = __load(a, 2 + w + i) >> s
        if w + i + 1 < n:
            t = t | ((__load(a, 3 + w + i) << (15 - s)) & 32767)
        __store(r, 2 + i, t)
        i = i + 1
    v = big_trim(r)
    if __load(a, 1) < 0:
        # Floor: round towards minus infinity when bits were dropped.
        lost = s != 0 and (__load(a, 2 + w) & ((1 << s) - 1)) != 0
        i = 0
        while i < w and not lost:
            if __load(a, 2 + i) != 0:
                lost = True
            i = i + 1
        v = -v
        if lost:
            v = v - 1
    return v


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
    # & | ^ (op 7, 8, 9) in two's complement, of any signs, through the
    # bits of ints >= 0: a negative x is ~n with n = -x - 1 >= 0.
    if big_cmp(a, 0) < 0:
        if big_cmp(b, 0) < 0:
            # ~x & ~y = ~(x | y), ~x | ~y = ~(x & y), ~x ^ ~y = x ^ y.
            if op == 9:
                return big_bitwise_nn(big_not(a), big_not(b), 9)
            return big_not(big_bitwise_nn(big_not(a), big_not(b), 15 - op))
        t = a
        a = b
        b = t
    elif big_cmp(b, 0) >= 0:
        return big_bitwise_nn(a, b, op)
    # a >= 0 > b = ~y: a & ~y; a | ~y = ~(y & ~a); a ^ ~y = ~(a ^ y).
    y = big_not(b)
    if op == 7:
        return big_bitwise_nn(a, y, 0)
    if op == 8:
        return big_not(big_bitwise_nn(y, a, 0))
    return big_not(big_bitwise_nn(a, y, 9))


def big_not(x):
    # ~x = -x - 1.
    return big_sub(big_neg(x), 1)


def big_bitwise_nn(a, b, op):
    # & | ^ (op 7, 8, 9) and a & ~b (op 0) for a, b >= 0.
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
        if op == 0:
            __store(r, 2 + i, x & (32767 - y))
        elif op == 7:
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
