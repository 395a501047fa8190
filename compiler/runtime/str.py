# str objects: header (type 1, `pysm_isa::value::HeapType::Str`), length, then
# one character code per word.


def str_new(n):
    s = __alloc(1 + ((n + 1) << 8))
    __store(s, 1, n)
    return s


def is_str(x):
    return __kind(x) == 1 and (__load(x, 0) & 127) == 1


def str_concat(a, b):
    la = __load(a, 1)
    lb = __load(b, 1)
    s = str_new(la + lb)
    copy_words(s, 2, a, 2, la)
    copy_words(s, 2 + la, b, 2, lb)
    return s


def str_repeat(a, k):
    la = __load(a, 1)
    if k < 0 or la == 0:
        k = 0
    s = str_new(la * k)
    # k copies of a's characters (words 2 .. la + 1).
    i = 2
    while k > 0:
        copy_words(s, i, a, 2, la)
        i = i + la
        k = k - 1
    return s


def str_eq(a, b):
    n = __load(a, 1)
    if n != __load(b, 1):
        return False
    # Characters are words 2 .. n + 1: compared four at a time through
    # pointers into the strs (see copy_words).
    p = __ptr(__addr(a) + 2)
    q = __ptr(__addr(b) + 2)
    while n >= 4:
        if __load(p, 0) != __load(q, 0) or __load(p, 1) != __load(q, 1):
            return False
        if __load(p, 2) != __load(q, 2) or __load(p, 3) != __load(q, 3):
            return False
        p = __ptr(__addr(p) + 4)
        q = __ptr(__addr(q) + 4)
        n = n - 4
    if n >= 2:
        if __load(p, 0) != __load(q, 0) or __load(p, 1) != __load(q, 1):
            return False
        return n == 2 or __load(p, 2) == __load(q, 2)
    return n == 0 or __load(p, 0) == __load(q, 0)


def str_cmp(a, b):
    # -1, 0 or 1, comparing code points as CPython does.
    la = __load(a, 1)
    lb = __load(b, 1)
    n = la
    if lb < la:
        n = lb
    # Skip equal blocks of four characters through pointers (see
    # copy_words), then find the first difference.
    p = __ptr(__addr(a) + 2)
    q = __ptr(__addr(b) + 2)
    while n >= 4 and __load(p, 0) == __load(q, 0) and __load(p, 1) == __load(q, 1) and __load(p, 2) == __load(q, 2) and __load(p, 3) == __load(q, 3):
        p = __ptr(__addr(p) + 4)
        q = __ptr(__addr(q) + 4)
        n = n - 4
    k = 0
    while k < n and __load(p, k) == __load(q, k):
        k = k + 1
    if k < n:
        if __load(p, k) < __load(q, k):
            return -1
        return 1
    if la < lb:
        return -1
    if la > lb:
        return 1
    return 0


def str_print(s):
    n = __load(s, 1)
    i = 0
    while i < n:
        c = __load(s, 2 + i)
        if c < 128:
            __io_write(0, c)
        elif c < 2048:
            __io_write(0, 192 | (c >> 6))
            __io_write(0, 128 | (c & 63))
        elif c < 65536:
            __io_write(0, 224 | (c >> 12))
            __io_write(0, 128 | ((c >> 6) & 63))
            __io_write(0, 128 | (c & 63))
        else:
            __io_write(0, 240 | (c >> 18))
            __io_write(0, 128 | ((c >> 12) & 63))
            __io_write(0, 128 | ((c >> 6) & 63))
            __io_write(0, 128 | (c & 63))
        i = i + 1


def str_getitem(s, i):
    n = __load(s, 1)
    if __kind(i) != 0 and __kind(i) != 3:
        i = index_of(i, "string")
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        raise IndexError("string index out of range")
    r = str_new(1)
    __store(r, 2, __load(s, 2 + i))
    return r
