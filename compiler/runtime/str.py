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
    i = 0
    while i < la:
        __store(s, 2 + i, __load(a, 2 + i))
        i = i + 1
    j = 0
    while j < lb:
        __store(s, 2 + la + j, __load(b, 2 + j))
        j = j + 1
    return s


def str_repeat(a, k):
    la = __load(a, 1)
    if k < 0 or la == 0:
        k = 0
    s = str_new(la * k)
    # k copies of a's characters (words 2 .. la + 1), without a division
    # per character.
    i = 2
    while k > 0:
        j = 2
        while j < la + 2:
            __store(s, i, __load(a, j))
            i = i + 1
            j = j + 1
        k = k - 1
    return s


def str_eq(a, b):
    la = __load(a, 1)
    if la != __load(b, 1):
        return False
    # Characters are words 2 .. la + 1.
    k = 2
    end = la + 2
    while k < end and __load(a, k) == __load(b, k):
        k = k + 1
    return k == end


def str_cmp(a, b):
    # -1, 0 or 1, comparing code points as CPython does.
    la = __load(a, 1)
    lb = __load(b, 1)
    end = la + 2
    if lb < la:
        end = lb + 2
    k = 2
    while k < end and __load(a, k) == __load(b, k):
        k = k + 1
    if k < end:
        if __load(a, k) < __load(b, k):
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
