# str methods, slices, and %-formatting.


def is_space(c):
    # ` \t\n\v\f\r` (docs/python-subset.md).
    return c <= 32 and (c == 32 or 9 <= c <= 13)


def str_char(s, i):
    r = str_new(1)
    __store(r, 2, __load(s, 2 + i))
    return r


def str_sub(s, a, b):
    if b < a:
        b = a
    r = str_new(b - a)
    copy_words(r, 2, s, 2 + a, b - a)
    return r


def str_find(s, sub, start):
    n = __load(s, 1)
    m = __load(sub, 1)
    if start < 0:
        start = start + n
        if start < 0:
            start = 0
    i = start
    while i + m <= n:
        j = 0
        while j < m and __load(s, 2 + i + j) == __load(sub, 2 + j):
            j = j + 1
        if j == m:
            return i
        i = i + 1
    return -1


def str_rfind(s, sub):
    n = __load(s, 1)
    m = __load(sub, 1)
    i = n - m
    while i >= 0:
        j = 0
        while j < m and __load(s, 2 + i + j) == __load(sub, 2 + j):
            j = j + 1
        if j == m:
            return i
        i = i - 1
    return -1


def str_count(s, sub):
    n = __load(s, 1)
    m = __load(sub, 1)
    if m == 0:
        return n + 1
    c = 0
    i = str_find(s, sub, 0)
    while i >= 0:
        c = c + 1
        i = str_find(s, sub, i + m)
    return c


def str_split(s, sep, maxsplit):
    r = list_new(0)
    n = __load(s, 1)
    if sep is None:
        i = 0
        while True:
            while i < n and is_space(__load(s, 2 + i)):
                i = i + 1
            if i >= n:
                return r
            if maxsplit == 0:
                j = n
                while is_space(__load(s, 1 + j)):
                    j = j - 1
                list_append(r, str_sub(s, i, j))
                return r
            # The word: is_space inline, and one test for the usual
            # character, above the spaces.
            j = i
            while j < n:
                c = __load(s, 2 + j)
                if c <= 32 and (c == 32 or 9 <= c <= 13):
                    break
                j = j + 1
            list_append(r, str_sub(s, i, j))
            maxsplit = maxsplit - 1
            i = j
    m = __load(sep, 1)
    if m == 0:
        raise ValueError("empty separator")
    i = 0
    j = str_find(s, sep, 0)
    while j >= 0 and maxsplit != 0:
        list_append(r, str_sub(s, i, j))
        i = j + m
        j = str_find(s, sep, i)
        maxsplit = maxsplit - 1
    list_append(r, str_sub(s, i, n))
    return r


def str_join(sep, it):
    b = list_new(0)
    it = iter(it)
    v = iternext(it)
    first = True
    while v is not __missing():
        if htype(v) != 1:
            raise TypeError("sequence item " + str(__load(b, 1)) + ": expected str instance, " + type_name(v) + " found")
        if not first:
            put_str(b, sep)
        first = False
        put_str(b, v)
        v = iternext(it)
    return str_from_list(b)


def in_chars(c, chars):
    if chars is None:
        return is_space(c)
    i = 0
    while i < __load(chars, 1):
        if __load(chars, 2 + i) == c:
            return True
        i = i + 1
    return False


def str_strip(s, chars, left, right):
    a = 0
    b = __load(s, 1)
    if left:
        while a < b and in_chars(__load(s, 2 + a), chars):
            a = a + 1
    if right:
        while b > a and in_chars(__load(s, 1 + b), chars):
            b = b - 1
    return str_sub(s, a, b)


def str_map(s, upper):
    n = __load(s, 1)
    r = str_new(n)
    i = 0
    while i < n:
        c = __load(s, 2 + i)
        if upper and 97 <= c <= 122:
            c = c - 32
        elif not upper and 65 <= c <= 90:
            c = c + 32
        __store(r, 2 + i, c)
        i = i + 1
    return r


def str_all(s, kind):
    n = __load(s, 1)
    if n == 0:
        return False
    i = 0
    while i < n:
        c = __load(s, 2 + i)
        if kind == 0:
            ok = 48 <= c <= 57
        elif kind == 1:
            ok = 65 <= c <= 90 or 97 <= c <= 122
        elif kind == 2:
            ok = is_space(c)
        elif kind == 3:
            ok = 65 <= c <= 90 or 97 <= c <= 122 or 48 <= c <= 57
        elif kind == 4:
            ok = not (65 <= c <= 90)
        else:
            ok = not (97 <= c <= 122)
        if not ok:
            return False
        i = i + 1
    return True


def str_replace(s, old, new, k):
    b = list_new(0)
    m = __load(old, 1)
    i = 0
    j = str_find(s, old, 0)
    if m == 0:
        # new before every character and at the end, k times at most.
        n = __load(s, 1)
        while i <= n and k != 0:
            k = k - 1
            put_str(b, new)
            if i < n:
                put_str(b, str_sub(s, i, i + 1))
            i = i + 1
        if i < n:
            put_str(b, str_sub(s, i, n))
        return str_from_list(b)
    while j >= 0 and k != 0:
        k = k - 1
        put_str(b, str_sub(s, i, j))
        put_str(b, new)
        i = j + m
        j = str_find(s, old, i)
    put_str(b, str_sub(s, i, __load(s, 1)))
    return str_from_list(b)


def str_starts(s, p, at_end):
    n = __load(s, 1)
    m = __load(p, 1)
    if m > n:
        return False
    off = 0
    if at_end:
        off = n - m
    i = 0
    while i < m:
        if __load(s, 2 + off + i) != __load(p, 2 + i):
            return False
        i = i + 1
    return True


def str_pad(s, width, fill, align):
    # align: 0 left, 1 right, 2 centre.
    n = __load(s, 1)
    if width <= n:
        return s
    total = width - n
    left = 0
    if align == 1:
        left = total
    elif align == 2:
        left = total // 2 + (total & width & 1)
    elif align == 4:
        left = total // 2
    b = list_new(0)
    i = 0
    while i < left:
        list_append(b, fill)
        i = i + 1
    put_str(b, s)
    i = left + n
    while i < width:
        list_append(b, fill)
        i = i + 1
    return str_from_list(b)


def str_meth(o, name, args):
    n = tuple_len(args)
    if name is "split":
        if n == 0:
            return str_split(o, None, -1)
        if n == 1:
            return str_split(o, arg(args, 0), -1)
        return str_split(o, arg(args, 0), arg(args, 1))
    if name is "join":
        return str_join(o, arg(args, 0))
    # One test per name (the linker drops the names a program never uses);
    # the methods that share code pass a mode, not their name.
    if name is "strip":
        return str_strip_m(o, args, True, True)
    if name is "lstrip":
        return str_strip_m(o, args, True, False)
    if name is "rstrip":
        return str_strip_m(o, args, False, True)
    if name is "find":
        return str_search(o, args, 0)
    if name is "index":
        return str_search(o, args, 1)
    if name is "rfind":
        return str_search(o, args, 2)
    if name is "rindex":
        return str_search(o, args, 3)
    if name is "count":
        return str_search(o, args, 4)
    if name is "replace":
        k = -1
        if n == 3:
            k = arg(args, 2)
        return str_replace(o, arg(args, 0), arg(args, 1), k)
    if name is "startswith":
        return str_prefix(o, args, False)
    if name is "endswith":
        return str_prefix(o, args, True)
    if name is "isupper":
        return str_cased(o, True)
    if name is "islower":
        return str_cased(o, False)
    if name is "capitalize":
        if __load(o, 1) == 0:
            return o
        return str_map(str_sub(o, 0, 1), True) + str_map(str_sub(o, 1, __load(o, 1)), False)
    if name is "title":
        return str_title(o, False)
    if name is "swapcase":
        return str_title(o, True)
    if name is "partition":
        return str_partition(o, arg(args, 0), False)
    if name is "rpartition":
        return str_partition(o, arg(args, 0), True)
    if name is "rsplit":
        if n == 0 or arg(args, 0) is None:
            lst = str_split(o, None, -1)
            if n == 2 and arg(args, 1) >= 0 and __load(lst, 1) > arg(args, 1) + 1:
                return str_rsplit_ws(o, arg(args, 1))
            return lst
        k = -1
        if n == 2:
            k = arg(args, 1)
        return str_rsplit(o, arg(args, 0), k)
    if name is "splitlines":
        r = list_new(0)
        m = __load(o, 1)
        i = 0
        j = 0
        while j < m:
            c = __load(o, 2 + j)
            if c == 10 or c == 13:
                e = j
                if c == 13 and j + 1 < m and __load(o, 3 + j) == 10:
                    j = j + 1
                if n > 0 and arg(args, 0):
                    e = j + 1
                list_append(r, str_sub(o, i, e))
                i = j + 1
            j = j + 1
        if i < m:
            list_append(r, str_sub(o, i, m))
        return r
    if name is "upper":
        return str_map(o, True)
    if name is "lower" or name is "casefold":
        # casefold is lower for the ASCII letters that case mapping knows.
        return str_map(o, False)
    if name is "removeprefix" or name is "removesuffix":
        p = arg(args, 0)
        if htype(p) != 1:
            # CPython names None itself here, not its type.
            if p is None:
                raise TypeError(name + "() argument must be str, not None")
            raise TypeError(name + "() argument must be str, not " + type_name(p))
        m = __load(p, 1)
        if m == 0 or not str_starts(o, p, name is "removesuffix"):
            return o
        if name is "removeprefix":
            return str_sub(o, m, __load(o, 1))
        return str_sub(o, 0, __load(o, 1) - m)
    if name is "isascii":
        i = 0
        while i < __load(o, 1):
            if __load(o, 2 + i) > 127:
                return False
            i = i + 1
        return True
    if name is "isdigit":
        return str_all(o, 0)
    if name is "isalpha":
        return str_all(o, 1)
    if name is "isspace":
        return str_all(o, 2)
    if name is "isalnum":
        return str_all(o, 3)
    if name is "center":
        return str_just(o, args, 2)
    if name is "ljust":
        return str_just(o, args, 0)
    if name is "rjust":
        return str_just(o, args, 1)
    if name is "zfill":
        w = arg(args, 0)
        if __load(o, 1) > 0 and (__load(o, 2) == 45 or __load(o, 2) == 43):
            return str_char(o, 0) + str_pad(str_sub(o, 1, __load(o, 1)), w - 1, 48, 1)
        return str_pad(o, w, 48, 1)
    if name is "format":
        return str_format(o, args)
    if name is "encode":
        if n == 0:
            return encode(o, "utf-8")
        if n > 1:
            return encode_e(o, arg(args, 0), arg(args, 1))
        return encode(o, arg(args, 0))
    return __missing()


def str_strip_m(o, args, left, right):
    chars = None
    if tuple_len(args) == 1:
        chars = arg(args, 0)
    return str_strip(o, chars, left, right)


def str_search(o, args, mode):
    # find (0), index (1), rfind (2), rindex (3), count (4).
    sub = arg(args, 0)
    if htype(sub) != 1:
        raise TypeError("must be str, not " + type_name(sub))
    r = str_window(o, args)
    w = str_sub(o, __load(r, 1), __load(r, 2))
    if mode == 4:
        return str_count(w, sub)
    if mode < 2:
        i = str_find(w, sub, 0)
    else:
        i = str_rfind(w, sub)
    if i < 0:
        if mode == 1 or mode == 3:
            raise ValueError("substring not found")
        return -1
    return i + __load(r, 1)


def str_prefix(o, args, end):
    p = arg(args, 0)
    r = str_window(o, args)
    w = str_sub(o, __load(r, 1), __load(r, 2))
    if htype(p) == 2:
        i = 0
        while i < tuple_len(p):
            if str_starts(w, __load(p, 1 + i), end):
                return True
            i = i + 1
        return False
    if htype(p) != 1:
        if end:
            raise TypeError("endswith first arg must be str or a tuple of str, not " + type_name(p))
        raise TypeError("startswith first arg must be str or a tuple of str, not " + type_name(p))
    return str_starts(w, p, end)


def str_cased(o, upper):
    # isupper (upper) or islower.
    cased = False
    i = 0
    while i < __load(o, 1):
        c = __load(o, 2 + i)
        if 97 <= c <= 122:
            if upper:
                return False
            cased = True
        if 65 <= c <= 90:
            if not upper:
                return False
            cased = True
        i = i + 1
    return cased


def str_title(o, swap):
    # title, or swapcase (swap).
    m = __load(o, 1)
    r = str_new(m)
    prev = False
    i = 0
    while i < m:
        c = __load(o, 2 + i)
        up = 65 <= c <= 90
        low = 97 <= c <= 122
        if swap:
            if up:
                c = c + 32
            elif low:
                c = c - 32
        else:
            if prev and up:
                c = c + 32
            elif not prev and low:
                c = c - 32
            prev = up or low
        __store(r, 2 + i, c)
        i = i + 1
    return r


def str_partition(o, sep, right):
    if right:
        i = str_rfind(o, sep)
    else:
        i = str_find(o, sep, 0)
    if i < 0:
        if right:
            return ("", "", o)
        return (o, "", "")
    return (str_sub(o, 0, i), sep, str_sub(o, i + __load(sep, 1), __load(o, 1)))


def str_just(o, args, align):
    # ljust (0), rjust (1), center (2).
    fill = 32
    if tuple_len(args) == 2:
        fill = ord(arg(args, 1))
    return str_pad(o, arg(args, 0), fill, align)


def slice_new(a, b, c):
    s = __alloc(13 + (3 << 8))
    __store(s, 1, a)
    __store(s, 2, b)
    __store(s, 3, c)
    return s


def slice_bound(v, n, dflt, lo, hi):
    if v is None:
        return dflt
    v = int_index(v)
    if v < 0:
        v = v + n
        if v < lo:
            return lo
        return v
    if v > hi:
        return hi
    return v


def slice_range(n, sl):
    step = __load(sl, 3)
    if step is None:
        step = 1
    step = int_index(step)
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step > 0:
        a = slice_bound(__load(sl, 1), n, 0, 0, n)
        b = slice_bound(__load(sl, 2), n, n, 0, n)
    else:
        a = slice_bound(__load(sl, 1), n, n - 1, -1, n - 1)
        b = slice_bound(__load(sl, 2), n, -1, -1, n - 1)
    return range_new(a, b, step)


def slice_get(x, sl):
    n = seq_len(x)
    r = slice_range(n, sl)
    k = range_len(r)
    a = __load(r, 1)
    step = __load(r, 3)
    t = htype(x)
    if t == 1 or t == 19:
        s = str_new(k)
        if t == 19:
            __store(s, 0, 19 + ((k + 1) << 8))
        i = 0
        while i < k:
            __store(s, 2 + i, __load(x, 2 + a + i * step))
            i = i + 1
        return s
    lst = list_new(k)
    i = 0
    while i < k:
        list_set(lst, i, seq_item(x, a + i * step))
        i = i + 1
    if t == 2:
        return tuple_from(lst)
    if __feature("bytes") and t == 20:
        return bytes_pack(lst, True)
    return lst


def slice_set(x, sl, v):
    n = __load(x, 1)
    r = slice_range(n, sl)
    vals = list_from(v)
    a = __load(r, 1)
    step = __load(r, 3)
    k = range_len(r)
    if step != 1:
        if __load(vals, 1) != k:
            raise ValueError("attempt to assign sequence of size " + str(__load(vals, 1)) + " to extended slice of size " + str(k))
        i = 0
        while i < k:
            list_set(x, a + i * step, list_get(vals, i))
            i = i + 1
        return None
    b = a + k
    tail = slice_get(x, slice_new(b, None, None))
    __store(x, 1, a)
    list_extend(x, vals)
    list_extend(x, tail)


def slice_del(x, sl):
    n = __load(x, 1)
    r = slice_range(n, sl)
    k = range_len(r)
    if k == 0:
        return None
    if __load(r, 3) < 0:
        r = range_new(__load(r, 1) + (k - 1) * __load(r, 3), __load(r, 1) + 1, -__load(r, 3))
    keep = list_new(0)
    i = 0
    a = __load(r, 1)
    step = __load(r, 3)
    while i < n:
        if i < a or (i - a) % step != 0 or (i - a) // step >= k:
            list_append(keep, list_get(x, i))
        i = i + 1
    __store(x, 1, 0)
    list_extend(x, keep)


def str_window(o, args):
    # The range [start, end) of a str method's optional start and end.
    n = __load(o, 1)
    a = 0
    b = n
    if tuple_len(args) >= 2 and arg(args, 1) is not None:
        a = slice_bound(arg(args, 1), n, 0, 0, n)
    if tuple_len(args) >= 3 and arg(args, 2) is not None:
        b = slice_bound(arg(args, 2), n, n, 0, n)
    return range_new(a, b, 1)


def str_rsplit(s, sep, k):
    r = list_new(0)
    m = __load(sep, 1)
    if m == 0:
        raise ValueError("empty separator")
    end = __load(s, 1)
    while k != 0:
        j = str_rfind(str_sub(s, 0, end), sep)
        if j < 0:
            break
        list_append(r, str_sub(s, j + m, end))
        end = j
        k = k - 1
    list_append(r, str_sub(s, 0, end))
    list_reverse(r)
    return r


def str_rsplit_ws(s, k):
    r = list_new(0)
    end = __load(s, 1)
    while True:
        while end > 0 and is_space(__load(s, 1 + end)):
            end = end - 1
        if end == 0:
            break
        if k == 0:
            list_append(r, str_sub(s, 0, end))
            break
        j = end
        while j > 0 and not is_space(__load(s, 1 + j)):
            j = j - 1
        list_append(r, str_sub(s, j, end))
        end = j
        k = k - 1
    list_reverse(r)
    return r
