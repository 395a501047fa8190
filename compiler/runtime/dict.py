# dict and set: [used, entries, slots, index]. Entries is an array of key,
# value pairs in insertion order (a deleted entry's key is the missing
# marker); index is None for small tables, else a power-of-two array of
# entry numbers + 1 (0 = empty), probed linearly from the key's hash. A set
# has the same layout with None values. A view ([dict, kind]: 0 keys,
# 1 values, 2 items) is what keys(), values() and items() return.




def dict_new():
    # The entries array first: an allocation between the dict's and its
    # stores could run the collector over the dict's unwritten words.
    e = array_new(0)
    d = __alloc(4 + (4 << 8))
    __store(d, 1, 0)
    __store(d, 2, e)
    __store(d, 3, 0)
    __store(d, 4, None)
    return d


def set_new():
    d = dict_new()
    __store(d, 0, 11 + (4 << 8))
    return d


def hash(x):
    k = __kind(x)
    if k == 0:
        if x == -1:
            return -2
        return x
    if k == 3:
        if x:
            return 1
        return 0
    if k != 1:
        return k
    t = __load(x, 0) & 127
    if t == 1:
        # The last str hashed and its hash (words 6 and 7 of the state
        # object, which the collector updates): `d[k] = d.get(k, 0) + 1`
        # and `if k in d: d[k]` hash the same str twice.
        s = __state()
        if __load(s, 6) is x:
            return __load(s, 7)
        # h * 33 as a shift and an add (the multiplier takes 34 cycles),
        # four characters at a time through a pointer (see copy_words).
        h = 5381
        n = __load(x, 1)
        p = __ptr(__addr(x) + 2)
        while n >= 4:
            h = ((h << 5) + h + __load(p, 0)) & 8388607
            h = ((h << 5) + h + __load(p, 1)) & 8388607
            h = ((h << 5) + h + __load(p, 2)) & 8388607
            h = ((h << 5) + h + __load(p, 3)) & 8388607
            p = __ptr(__addr(p) + 4)
            n = n - 4
        k = 0
        while k < n:
            h = ((h << 5) + h + __load(p, k)) & 8388607
            k = k + 1
        __store(s, 6, x)
        __store(s, 7, h)
        return h
    if t == 2:
        h = 3430008
        i = 1
        while i <= __load(x, 0) >> 8:
            h = ((h & 8388607) * 31) ^ hash(__load(x, i))
            i = i + 1
        return h
    if t == 6:
        m = dunder(x, "__hash__")
        if m is not __missing():
            if m is None:
                raise TypeError("unhashable type: '" + type_name(x) + "'")
            h = m(x)
            if __kind(h) != 0 and __kind(h) != 3 and htype(h) != 18:
                raise TypeError("__hash__ method should return an integer")
            return hash(h)
        if dunder(x, "__eq__") is not __missing():
            raise TypeError("unhashable type: '" + type_name(x) + "'")
        return __load(x, 4)
    if t == 5:
        return hash(__load(x, 1))
    if t == 18:
        return big_hash(x)
    if __feature("float") and t == 21:
        return float_hash(x)
    if __feature("bytes") and t == 19:
        h = 7
        i = 0
        while i < __load(x, 1):
            h = ((h & 8388607) * 31) ^ __load(x, 2 + i)
            i = i + 1
        return h
    raise TypeError("unhashable type: '" + type_name(x) + "'")


def eq(a, b):
    # Two strs (the usual keys) are compared here, without the `==`
    # trap's dispatch on their types.
    if a is b:
        return True
    if __kind(a) == 1 and __kind(b) == 1 and (__load(a, 0) & 127) == 1 and (__load(b, 0) & 127) == 1:
        return str_eq(a, b)
    return a == b


def dict_find(d, k, h):
    # The entry number of key k, or -1.
    e = __load(d, 2)
    idx = __load(d, 4)
    if idx is None:
        n = __load(d, 3)
        i = 0
        while i < n:
            if eq(__load(e, 1 + 2 * i), k):
                return i
            i = i + 1
        return -1
    mask = array_cap(idx) - 1
    j = h & mask
    s = __load(idx, 1 + j)
    while s != 0:
        if eq(__load(e, 2 * s - 1), k):
            return s - 1
        j = (j + 1) & mask
        s = __load(idx, 1 + j)
    return -1


def dict_hash(d, k):
    if __load(d, 4) is None:
        hash(k)
        return 0
    return hash(k)


def dict_lookup(d, k):
    # The value of key k, or missing.
    i = dict_find(d, k, dict_hash(d, k))
    if i < 0:
        return __missing()
    return __load(__load(d, 2), 2 + 2 * i)


def dict_rebuild(d, cap):
    # Compact the entries into an array of `cap` pairs, and index them.
    used = __load(d, 1)
    old = __load(d, 2)
    n = __load(d, 3)
    e = array_new(2 * cap)
    i = 0
    j = 0
    while i < n:
        if __load(old, 1 + 2 * i) is not __missing():
            __store(e, 1 + 2 * j, __load(old, 1 + 2 * i))
            __store(e, 2 + 2 * j, __load(old, 2 + 2 * i))
            j = j + 1
        i = i + 1
    i = 2 * j
    while i < 2 * cap:
        __store(e, 1 + i, None)
        i = i + 1
    __store(d, 2, e)
    __store(d, 3, used)
    if cap <= 8:
        __store(d, 4, None)
        return None
    m = 16
    while m < 2 * cap:
        m = m * 2
    idx = array_new(m)
    i = 1
    while i <= m:
        __store(idx, i, 0)
        i = i + 1
    __store(d, 4, idx)
    e = __load(d, 2)
    i = 0
    while i < used:
        j = hash(__load(e, 1 + 2 * i)) & (m - 1)
        idx = __load(d, 4)
        while __load(idx, 1 + j) != 0:
            j = (j + 1) & (m - 1)
        __store(idx, 1 + j, i + 1)
        e = __load(d, 2)
        i = i + 1


def dict_set(d, k, v):
    h = dict_hash(d, k)
    i = dict_find(d, k, h)
    if i >= 0:
        __store(__load(d, 2), 2 + 2 * i, v)
        return None
    n = __load(d, 3)
    if 2 * n + 2 > array_cap(__load(d, 2)):
        dict_rebuild(d, 2 * __load(d, 1) + 4)
        n = __load(d, 3)
        h = hash(k)
    e = __load(d, 2)
    __store(e, 1 + 2 * n, k)
    __store(e, 2 + 2 * n, v)
    __store(d, 3, n + 1)
    __store(d, 1, __load(d, 1) + 1)
    idx = __load(d, 4)
    if idx is not None:
        mask = array_cap(idx) - 1
        j = h & mask
        while __load(idx, 1 + j) != 0:
            j = (j + 1) & mask
        __store(idx, 1 + j, n + 1)


def dict_del(d, k):
    # Remove key k; False when it is absent.
    i = dict_find(d, k, dict_hash(d, k))
    if i < 0:
        return False
    e = __load(d, 2)
    __store(e, 1 + 2 * i, __missing())
    __store(e, 2 + 2 * i, None)
    __store(d, 1, __load(d, 1) - 1)
    return True


def key_error(k):
    raise KeyError(k)


def dict_get(d, k):
    v = dict_lookup(d, k)
    if v is __missing():
        key_error(k)
    return v


def dict_get2(d, k, default):
    v = dict_lookup(d, k)
    if v is __missing():
        return default
    return v


def dict_setdefault(d, k, default):
    v = dict_lookup(d, k)
    if v is __missing():
        dict_set(d, k, default)
        return default
    return v


def dict_pop(d, k):
    v = dict_lookup(d, k)
    if v is __missing():
        key_error(k)
    dict_del(d, k)
    return v


def dict_pop2(d, k, default):
    v = dict_lookup(d, k)
    if v is __missing():
        return default
    dict_del(d, k)
    return v


def dict_popitem(d):
    e = __load(d, 2)
    i = __load(d, 3) - 1
    while i >= 0:
        k = __load(e, 1 + 2 * i)
        if k is not __missing():
            v = __load(e, 2 + 2 * i)
            dict_del(d, k)
            return (k, v)
        i = i - 1
    raise KeyError("popitem(): dictionary is empty")


def dict_update(d, other):
    if htype(other) == 4:
        it = iter(other)
        k = iternext(it)
        while k is not __missing():
            dict_set(d, k, dict_lookup(other, k))
            k = iternext(it)
        return None
    it = iter(other)
    p = iternext(it)
    k = 0
    while p is not __missing():
        if seq_len(p) < 0:
            # Any iterable of two items is a pair.
            try:
                p = tuple_from(p)
            except TypeError:
                raise TypeError("cannot convert dictionary update sequence element #" + str(k) + " to a sequence")
        if seq_len(p) != 2:
            raise ValueError("dictionary update sequence element #" + str(k) + " has length " + str(seq_len(p)) + "; 2 is required")
        dict_set(d, seq_item(p, 0), seq_item(p, 1))
        p = iternext(it)
        k = k + 1


def dict_clear(d):
    __store(d, 1, 0)
    __store(d, 2, array_new(0))
    __store(d, 3, 0)
    __store(d, 4, None)


def dict_copy(d):
    r = dict_new()
    if htype(d) == 11:
        __store(r, 0, __load(d, 0))
    dict_update_keys(r, d)
    return r


def dict_update_keys(r, d):
    e = __load(d, 2)
    n = __load(d, 3)
    i = 0
    while i < n:
        e = __load(d, 2)
        k = __load(e, 1 + 2 * i)
        if k is not __missing():
            dict_set(r, k, __load(e, 2 + 2 * i))
        i = i + 1


def view_new(d, kind):
    v = __alloc(12 + (2 << 8))
    __store(v, 1, d)
    __store(v, 2, kind)
    return v


def dict_iter_next(it):
    x = __load(it, 1)
    kind = 0
    if htype(x) == 12:
        kind = __load(x, 2)
        x = __load(x, 1)
    if __load(x, 1) != __load(it, 3):
        __store(it, 3, -1)
        if htype(x) == 11:
            raise RuntimeError("Set changed size during iteration")
        raise RuntimeError("dictionary changed size during iteration")
    i = __load(it, 2)
    n = __load(x, 3)
    e = __load(x, 2)
    while i < n and __load(e, 1 + 2 * i) is __missing():
        i = i + 1
    if i >= n:
        __store(it, 2, i)
        return __missing()
    __store(it, 2, i + 1)
    if kind == 0:
        return __load(e, 1 + 2 * i)
    if kind == 1:
        return __load(e, 2 + 2 * i)
    return (__load(e, 1 + 2 * i), __load(e, 2 + 2 * i))


def set_add(s, x):
    dict_set(s, x, None)


def set_discard(s, x):
    dict_del(s, x)


def set_remove(s, x):
    if not dict_del(s, x):
        key_error(x)


def set_from(it):
    s = set_new()
    it = iter(it)
    x = iternext(it)
    while x is not __missing():
        dict_set(s, x, None)
        x = iternext(it)
    return s


def set_op(a, b, op):
    # op: 0 union, 1 intersection, 2 difference, 3 symmetric difference.
    # Of two equal keys that differ (1 and True) the result keeps CPython's:
    # a's, except that an intersection keeps the smaller set's (b's when
    # they are as large).
    if op == 1:
        if __load(b, 1) > __load(a, 1):
            return set_inter(b, a)
        return set_inter(a, b)
    r = set_new()
    it = iter(a)
    x = iternext(it)
    while x is not __missing():
        inb = dict_lookup(b, x) is not __missing()
        if op == 0 or (op == 1 and inb) or (op >= 2 and not inb):
            dict_set(r, x, None)
        x = iternext(it)
    if op == 0 or op == 3:
        it = iter(b)
        x = iternext(it)
        while x is not __missing():
            if dict_lookup(a, x) is __missing():
                dict_set(r, x, None)
            x = iternext(it)
    return r


def set_inter(a, b):
    # The keys of b (any iterable) that are in a.
    r = set_new()
    it = iter(b)
    x = iternext(it)
    while x is not __missing():
        if dict_lookup(a, x) is not __missing():
            dict_set(r, x, None)
        x = iternext(it)
    return r


def set_intersection(a, b):
    # a.intersection(b): another set as a & b, any other iterable in its order.
    if htype(b) == 11:
        return set_op(a, b, 1)
    return set_inter(a, b)


def dict_eq(a, b):
    if __load(a, 1) != __load(b, 1):
        return False
    it = iter(a)
    k = iternext(it)
    while k is not __missing():
        v = dict_lookup(b, k)
        if v is __missing():
            return False
        if htype(a) == 4 and not eq(v, dict_lookup(a, k)):
            return False
        k = iternext(it)
    return True
