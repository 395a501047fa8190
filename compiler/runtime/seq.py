# Tuples [items...], lists [length, array], ranges [start, stop, step] and
# iterators [sequence, index].


def tuple_len(t):
    return __load(t, 0) >> 8


def tuple_new(n):
    t = __alloc(2 + (n << 8))
    i = 1
    while i <= n:
        __store(t, i, None)
        i = i + 1
    return t


def tuple_prepend(x, t):
    n = tuple_len(t)
    r = tuple_new(n + 1)
    __store(r, 1, x)
    i = 1
    while i <= n:
        __store(r, i + 1, __load(t, i))
        i = i + 1
    return r


def list_wrap(a, n):
    lst = __alloc(3 + (2 << 8))
    __store(lst, 1, n)
    __store(lst, 2, a)
    return lst


def list_new(n):
    a = array_new(n)
    i = 1
    while i <= n:
        __store(a, i, None)
        i = i + 1
    return list_wrap(a, n)


def list_append(lst, x):
    n = __load(lst, 1)
    a = __load(lst, 2)
    if n >= (__load(a, 0) >> 8):
        a = list_grow(lst, n + (n >> 1) + 4)
    __store(a, n + 1, x)
    __store(lst, 1, n + 1)


def list_grow(lst, cap):
    # A new array of cap items for lst (cap >= its length), the items copied
    # and the rest None; returns it.
    n = __load(lst, 1)
    b = array_new(cap)
    a = __load(lst, 2)
    copy_words(b, 1, a, 1, n)
    fill_words(b, n + 1, None, cap - n)
    __store(lst, 2, b)
    return b


def seq_index(n, i, what):
    # A subscript as an index into n items, or IndexError.
    if __kind(i) != 0 and __kind(i) != 3:
        i = index_of(i, what)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        if __load(what, 1) == 0:
            raise IndexError("index out of range")
        raise IndexError(what + " index out of range")
    return i


def index_of(i, what):
    if is_big(i):
        # Out of range of any sequence. Beyond 64 bits CPython cannot even
        # make it an index (a range can).
        if what is not "range object" and (i >= 9223372036854775808 or i < -9223372036854775808):
            raise IndexError("cannot fit 'int' into an index-sized integer")
        return i
    m = dunder(i, "__index__")
    if m is not __missing():
        r = m(i)
        if __kind(r) != 0 and __kind(r) != 3 and not is_big(r):
            raise TypeError("__index__ returned non-int (type " + type_name(r) + ")")
        return index_of(r, what) if is_big(r) else r
    raise TypeError(what + " indices must be integers or slices, not " + type_name(i))


def list_get(lst, i):
    n = __load(lst, 1)
    if __kind(i) == 0 and 0 <= i < n:
        return __load(__load(lst, 2), 1 + i)
    return __load(__load(lst, 2), 1 + seq_index(n, i, "list"))


def list_set(lst, i, v):
    n = __load(lst, 1)
    if __kind(i) == 0 and 0 <= i < n:
        __store(__load(lst, 2), 1 + i, v)
        return None
    __store(__load(lst, 2), 1 + seq_index(n, i, "list assignment"), v)


def list_pop(lst, i):
    n = __load(lst, 1)
    if n == 0:
        raise IndexError("pop from empty list")
    if __kind(i) == 0 or __kind(i) == 3:
        if i < 0:
            i = i + n
        if i < 0 or i >= n:
            raise IndexError("pop index out of range")
    elif is_big(i):
        if i >= 9223372036854775808 or i < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C ssize_t")
        raise IndexError("pop index out of range")
    else:
        i = seq_index(n, i, "list")
    a = __load(lst, 2)
    v = __load(a, 1 + i)
    while i < n - 1:
        __store(a, 1 + i, __load(a, 2 + i))
        i = i + 1
    __store(a, n, None)
    __store(lst, 1, n - 1)
    return v


def list_insert(lst, i, x):
    n = __load(lst, 1)
    if is_big(i) and (i >= 9223372036854775808 or i < -9223372036854775808):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if i < 0:
        i = i + n
        if i < 0:
            i = 0
    if i > n:
        i = n
    list_append(lst, None)
    a = __load(lst, 2)
    j = n
    while j > i:
        __store(a, 1 + j, __load(a, j))
        j = j - 1
    __store(a, 1 + i, x)


def list_extend(lst, it):
    # A list or a tuple is copied at once: its length is read before the
    # array grows, so that `a.extend(a)` copies a once.
    if __kind(it) == 1:
        t = __load(it, 0) & 127
        if t == 3 or t == 2:
            if t == 3:
                m = __load(it, 1)
            else:
                m = __load(it, 0) >> 8
            n = __load(lst, 1)
            a = __load(lst, 2)
            if n + m > (__load(a, 0) >> 8):
                a = list_grow(lst, n + m)
            if t == 3:
                src = __load(it, 2)
            else:
                src = it
            copy_words(a, n + 1, src, 1, m)
            __store(lst, 1, n + m)
            return None
    if it is lst:
        it = list_copy(lst)
    it = iter(it)
    x = iternext(it)
    while x is not __missing():
        list_append(lst, x)
        x = iternext(it)


def list_from(it):
    lst = list_new(0)
    list_extend(lst, it)
    return lst


def tuple_from(it):
    if htype(it) == 2:
        return it
    lst = list_from(it)
    n = __load(lst, 1)
    t = tuple_new(n)
    copy_words(t, 1, __load(lst, 2), 1, n)
    return t


def seq_len(x):
    # The length of a tuple, list, str, bytes or bytearray; -1 otherwise.
    t = htype(x)
    if t == 2:
        return __load(x, 0) >> 8
    if t == 3 or t == 1 or t == 19 or t == 20:
        return __load(x, 1)
    return -1


def seq_item(x, i):
    # Item i (in range) of a tuple, list or str.
    t = htype(x)
    if t == 2:
        return __load(x, 1 + i)
    if t == 3 or t == 20:
        return __load(__load(x, 2), 1 + i)
    if t == 19:
        return __load(x, 2 + i)
    return str_char(x, i)


def list_index(lst, x):
    n = __load(lst, 1)
    i = 0
    while i < n:
        if eq(__load(__load(lst, 2), 1 + i), x):
            return i
        i = i + 1
    raise ValueError(repr(x) + " is not in list")


def list_count(lst, x):
    n = seq_len(lst)
    c = 0
    i = 0
    while i < n:
        if eq(seq_item(lst, i), x):
            c = c + 1
        i = i + 1
    return c


def list_remove(lst, x):
    n = __load(lst, 1)
    i = 0
    while i < n:
        if eq(__load(__load(lst, 2), 1 + i), x):
            list_pop(lst, i)
            return None
        i = i + 1
    raise ValueError("list.remove(x): x not in list")


def list_reverse(lst):
    n = __load(lst, 1)
    a = __load(lst, 2)
    i = 0
    while i < n // 2:
        t = __load(a, 1 + i)
        __store(a, 1 + i, __load(a, n - i))
        __store(a, n - i, t)
        i = i + 1


def list_copy(lst):
    return list_from(lst)


def list_clear(lst):
    __store(lst, 1, 0)
    __store(lst, 2, array_new(0))


def seq_eq(a, b):
    n = seq_len(a)
    if n != seq_len(b):
        return False
    i = 0
    while i < n:
        if not eq(seq_item(a, i), seq_item(b, i)):
            return False
        i = i + 1
    return True


def seq_cmp(a, b):
    # -1, 0 or 1, comparing item by item as CPython does.
    ha = __load(a, 0)
    hb = __load(b, 0)
    if (ha & 127) == 2 and (hb & 127) == 2:
        # Two tuples, read in place; items that are the same object or
        # two small ints need no calls.
        na = ha >> 8
        nb = hb >> 8
        i = 1
        while i <= na and i <= nb:
            x = __load(a, i)
            y = __load(b, i)
            if x is not y:
                if __kind(x) == 0 and __kind(y) == 0:
                    if x < y:
                        return -1
                    return 1
                if not eq(x, y):
                    if lt(x, y):
                        return -1
                    return 1
            i = i + 1
        if na < nb:
            return -1
        if na > nb:
            return 1
        return 0
    na = seq_len(a)
    nb = seq_len(b)
    i = 0
    while i < na and i < nb:
        x = seq_item(a, i)
        y = seq_item(b, i)
        if not eq(x, y):
            if lt(x, y):
                return -1
            return 1
        i = i + 1
    if na < nb:
        return -1
    if na > nb:
        return 1
    return 0


def seq_concat(a, b):
    na = seq_len(a)
    nb = seq_len(b)
    if htype(a) == 2:
        t = tuple_new(na + nb)
        copy_words(t, 1, a, 1, na)
        copy_words(t, 1 + na, b, 1, nb)
        return t
    r = list_new(0)
    list_extend(r, a)
    list_extend(r, b)
    return r


def seq_repeat(a, k):
    # A list or a tuple a repeated k times. A small count fills one array
    # of the final size.
    if __kind(k) != 0 and __kind(k) != 3:
        raise TypeError("can't multiply sequence by non-int of type '" + type_name(k) + "'")
    t = htype(a)
    if (t == 3 or t == 2) and k < 1048576:
        if t == 3:
            n = __load(a, 1)
            src = __load(a, 2)
        else:
            n = __load(a, 0) >> 8
            src = a
        if k < 0:
            k = 0
        m = n * k
        if m < 1048576:
            if t == 3:
                r = array_new(m)
            else:
                r = __alloc(2 + (m << 8))
            if n == 1:
                fill_words(r, 1, __load(src, 1), m)
            else:
                i = 0
                while i < m:
                    copy_words(r, i + 1, src, 1, n)
                    i = i + n
            if t == 3:
                return list_wrap(r, m)
            return r
    r = list_new(0)
    while k > 0:
        list_extend(r, a)
        k = k - 1
    if htype(a) == 2:
        return tuple_from(r)
    return r


def range_new(start, stop, step):
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    r = __alloc(10 + (3 << 8))
    __store(r, 1, start)
    __store(r, 2, stop)
    __store(r, 3, step)
    return r


def range_len(r):
    start = __load(r, 1)
    stop = __load(r, 2)
    step = __load(r, 3)
    if step > 0 and start < stop:
        return (stop - start - 1) // step + 1
    if step < 0 and start > stop:
        return (start - stop - 1) // (-step) + 1
    return 0


def iter(x):
    t = htype(x)
    if t == 1 or t == 2 or t == 3 or t == 10 or t == 19 or t == 20:
        it = __alloc(9 + (2 << 8))
        __store(it, 1, x)
        __store(it, 2, 0)
        return it
    if t == 4 or t == 11 or t == 12:
        # Dict iterators remember the size, to refuse a dict that changes.
        it = __alloc(9 + (3 << 8))
        __store(it, 1, x)
        __store(it, 2, 0)
        if t == 12:
            __store(it, 3, __load(__load(x, 1), 1))
        else:
            __store(it, 3, __load(x, 1))
        return it
    if t == 9 or t == 17:
        return x
    m = dunder(x, "__iter__")
    if m is not __missing():
        r = m(x)
        t = htype(r)
        if t != 17 and t != 9 and (t != 6 or dunder(r, "__next__") is __missing()):
            raise TypeError("iter() returned non-iterator of type '" + type_name(r) + "'")
        return r
    if dunder(x, "__getitem__") is not __missing():
        return seq_iter_new(x)
    raise TypeError("'" + type_name(x) + "' object is not iterable")


def seq_iter_new(x):
    it = __alloc(9 + (2 << 8))
    __store(it, 1, x)
    __store(it, 2, -1)
    return it


def iternext(it):
    # The next item, or missing at the end.
    # A list's or a tuple's iterator first, without calls (the object of a
    # sequence iterator is always on the heap).
    if __kind(it) == 1 and (__load(it, 0) & 127) == 9:
        x = __load(it, 1)
        i = __load(it, 2)
        h = __load(x, 0)
        t = h & 127
        if t == 3:
            if i >= __load(x, 1):
                return __missing()
            __store(it, 2, i + 1)
            return __load(__load(x, 2), 1 + i)
        if t == 2:
            if i >= h >> 8:
                return __missing()
            __store(it, 2, i + 1)
            return __load(x, 1 + i)
    if __feature("generator") and htype(it) == 17:
        return gen_resume(it, None)
    if htype(it) != 9:
        m = dunder(it, "__next__")
        if m is __missing():
            raise TypeError("'" + type_name(it) + "' object is not an iterator")
        try:
            return m(it)
        except StopIteration:
            return __missing()
    x = __load(it, 1)
    i = __load(it, 2)
    t = htype(x)
    if t == 3:
        if i >= __load(x, 1):
            return __missing()
        __store(it, 2, i + 1)
        return __load(__load(x, 2), 1 + i)
    if t == 2:
        if i >= __load(x, 0) >> 8:
            return __missing()
        __store(it, 2, i + 1)
        return __load(x, 1 + i)
    if t == 1:
        if i >= __load(x, 1):
            return __missing()
        __store(it, 2, i + 1)
        return str_char(x, i)
    if t == 19 or t == 20:
        if i >= __load(x, 1):
            return __missing()
        __store(it, 2, i + 1)
        return seq_item(x, i)
    if t == 10:
        if i >= range_len(x):
            return __missing()
        __store(it, 2, i + 1)
        return __load(x, 1) + i * __load(x, 3)
    if t == 4 or t == 11 or t == 12:
        return dict_iter_next(it)
    if i < 0:
        # The old protocol: __getitem__ from 0 until IndexError.
        try:
            v = getitem(x, -1 - i)
        except IndexError:
            return __missing()
        __store(it, 2, i - 1)
        return v
    return __missing()


def next(it):
    v = iternext(it)
    if v is __missing():
        gen_stop(it)
    return v


def gen_stop(it):
    # The end of an iterator: a generator's StopIteration carries the value
    # it returned, once.
    if __feature("generator") and htype(it) == 17:
        v = __load(it, 4)
        __store(it, 4, None)
        if v is not None:
            raise StopIteration(v)
    raise StopIteration()


def next2(it, default):
    v = iternext(it)
    if v is __missing():
        return default
    return v


def gen_new(code, n, name):
    g = __alloc(17 + ((4 + n) << 8))
    __store(g, 1, code)
    __store(g, 2, 0)
    __store(g, 3, name)
    __store(g, 4, None)
    i = 0
    while i < n:
        __store(g, 5 + i, None)
        i = i + 1
    return g


def gen_resume(g, v):
    # The next value of generator g, sending v in; missing at the end.
    s = __load(g, 2)
    if s == -2:
        raise ValueError("generator already executing")
    if s < 0:
        # Finished before: the value it returned went with its first end.
        __store(g, 4, None)
        return __missing()
    if s == 0 and v is not None:
        raise TypeError("can't send non-None value to a just-started generator")
    __store(g, 2, -2)
    try:
        return __load(g, 1)(g, v, s)
    except BaseException as e:
        # A generator that raised is finished.
        __store(g, 2, -1)
        if isinstance(e, StopIteration):
            raise RuntimeError("generator raised StopIteration") from e
        raise


def gen_sent(g, v):
    # At a resumed yield: the value sent in, or the exception thrown in
    # (kept in the return value's field meanwhile) raised there.
    if v is __missing():
        raise __load(g, 4)
    return v


def gen_throw_in(g, e):
    # Raise e at g's paused yield: the next value, or missing at the end.
    e = exc_normalize(e)
    s = __load(g, 2)
    if s == -2:
        raise ValueError("generator already executing")
    if s <= 0:
        __store(g, 2, -1)
        raise e
    __store(g, 4, e)
    return gen_resume(g, __missing())


def gen_close(g):
    s = __load(g, 2)
    if s == -2:
        raise ValueError("generator already executing")
    if s <= 0:
        __store(g, 2, -1)
        return None
    try:
        gen_throw_in(g, GeneratorExit())
    except GeneratorExit:
        return None
    except StopIteration:
        return None
    if __load(g, 2) == -1:
        return None
    __store(g, 2, -1)
    raise RuntimeError("generator ignored GeneratorExit")


def yf_next(v, g, it):
    # A step of `yield from it` in generator g, v sent or thrown in.
    if v is __missing():
        e = __load(g, 4)
        if htype(it) != 17:
            raise e
        if isinstance(e, GeneratorExit):
            gen_close(it)
            raise e
        return gen_throw_in(it, e)
    if v is None:
        return iternext(it)
    if htype(it) == 17:
        return gen_resume(it, v)
    # A value sent to another iterator goes to its send method, as CPython's.
    m = getattr(it, "send")
    try:
        return m(v)
    except StopIteration:
        return __missing()


def gen_result(it):
    if htype(it) == 17:
        return __load(it, 4)
    return None


def gen_meth(g, name, args):
    if name is "send":
        v = gen_resume(g, __load(args, 1))
        if v is __missing():
            gen_stop(g)
        return v
    if name is "throw":
        e = __load(args, 1)
        if tuple_len(args) > 1 and __load(args, 2) is not None:
            # throw(type, value): the value, made an instance of type.
            e = __load(args, 2)
            if not isinstance(e, BaseException):
                e = class_call(__load(args, 1), (e,))
        v = gen_throw_in(g, e)
        if v is __missing():
            gen_stop(g)
        return v
    if name is "close":
        return gen_close(g)
    return __missing()


def iterable(x):
    t = htype(x)
    if t == 0:
        return False
    if t == 6:
        return dunder(x, "__iter__") is not __missing() or dunder(x, "__getitem__") is not __missing()
    return t != 5 and t != 7 and t != 14 and t != 15
