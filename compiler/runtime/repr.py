# str() and repr(): text is built in a list of code points, then made a str.


def str_from_list(lst):
    n = __load(lst, 1)
    s = str_new(n)
    a = __load(lst, 2)
    i = 0
    while i < n:
        __store(s, 2 + i, __load(a, 1 + i))
        i = i + 1
    return s


def put_str(b, s):
    n = __load(s, 1)
    i = 0
    while i < n:
        list_append(b, __load(s, 2 + i))
        i = i + 1


def put_int(b, n):
    if __feature("big") and is_big(n):
        put_big(b, n)
        return None
    if n < 0:
        list_append(b, 45)
        last = -(n % -10)
        n = n // -10
    else:
        last = n % 10
        n = n // 10
    if n != 0:
        p = 1
        while n // p >= 10:
            p = p * 10
        while p > 0:
            d = n // p
            list_append(b, 48 + d)
            n = n - d * p
            p = p // 10
    list_append(b, 48 + last)


def put_big(b, n):
    if n < 0:
        list_append(b, 45)
        n = -n
    g = big_groups(n)
    k = __load(g, 1)
    put_int(b, __load(g, 2 + k))
    while k > 0:
        k = k - 1
        r = __load(g, 2 + k)
        list_append(b, 48 + r // 1000)
        list_append(b, 48 + r // 100 % 10)
        list_append(b, 48 + r // 10 % 10)
        list_append(b, 48 + r % 10)


def put_str_repr(b, s):
    n = __load(s, 1)
    q = 39
    i = 0
    has1 = False
    has2 = False
    while i < n:
        c = __load(s, 2 + i)
        if c == 39:
            has1 = True
        if c == 34:
            has2 = True
        i = i + 1
    if has1 and not has2:
        q = 34
    list_append(b, q)
    i = 0
    while i < n:
        c = __load(s, 2 + i)
        if c == q or c == 92:
            list_append(b, 92)
            list_append(b, c)
        elif c == 10:
            list_append(b, 92)
            list_append(b, 110)
        elif c == 13:
            list_append(b, 92)
            list_append(b, 114)
        elif c == 9:
            list_append(b, 92)
            list_append(b, 116)
        elif c < 32 or c == 127:
            list_append(b, 92)
            list_append(b, 120)
            list_append(b, hex_digit(c >> 4))
            list_append(b, hex_digit(c & 15))
        else:
            list_append(b, c)
        i = i + 1
    list_append(b, q)


def hex_digit(d):
    if d < 10:
        return 48 + d
    return 87 + d


def put_items(b, x, open_, close):
    list_append(b, open_)
    it = iter(x)
    v = iternext(it)
    first = True
    while v is not __missing():
        if not first:
            list_append(b, 44)
            list_append(b, 32)
        first = False
        put_repr(b, v)
        v = iternext(it)
    list_append(b, close)


def put_repr(b, x):
    k = __kind(x)
    if k == 0 or htype(x) == 18:
        put_int(b, x)
        return None
    if k != 1:
        put_str(b, simple_str(x))
        return None
    t = __load(x, 0) & 127
    if t == 1:
        put_str_repr(b, x)
    elif t == 2:
        if __load(x, 0) >> 8 == 1:
            list_append(b, 40)
            put_repr(b, __load(x, 1))
            list_append(b, 44)
            list_append(b, 41)
        else:
            put_items(b, x, 40, 41)
    elif t == 3:
        put_items(b, x, 91, 93)
    elif t == 4:
        list_append(b, 123)
        e = __load(x, 2)
        i = 0
        first = True
        while i < __load(x, 3):
            e = __load(x, 2)
            key = __load(e, 1 + 2 * i)
            if key is not __missing():
                if not first:
                    list_append(b, 44)
                    list_append(b, 32)
                first = False
                put_repr(b, key)
                list_append(b, 58)
                list_append(b, 32)
                put_repr(b, __load(__load(x, 2), 2 + 2 * i))
            i = i + 1
        list_append(b, 125)
    elif __feature("set") and t == 11:
        if __load(x, 1) == 0:
            put_str(b, "set()")
        else:
            put_items(b, x, 123, 125)
    elif __feature("view") and t == 12:
        kind = __load(x, 2)
        if kind == 0:
            put_str(b, "dict_keys(")
        elif kind == 1:
            put_str(b, "dict_values(")
        else:
            put_str(b, "dict_items(")
        put_items(b, x, 91, 93)
        list_append(b, 41)
    elif t == 10:
        put_str(b, "range(")
        put_int(b, __load(x, 1))
        put_str(b, ", ")
        put_int(b, __load(x, 2))
        if __load(x, 3) != 1:
            put_str(b, ", ")
            put_int(b, __load(x, 3))
        list_append(b, 41)
    elif __feature("float") and t == 21:
        put_str(b, float_repr(x))
    elif __feature("bytes") and (t == 19 or t == 20):
        put_bytes_repr(b, x)
    elif t == 13:
        put_str(b, "slice(")
        put_repr(b, __load(x, 1))
        put_str(b, ", ")
        put_repr(b, __load(x, 2))
        put_str(b, ", ")
        put_repr(b, __load(x, 3))
        list_append(b, 41)
    elif t == 5:
        put_str(b, "<class '")
        # The program's classes are made at run time, the builtin ones are
        # static objects.
        if __addr(x) >= __heap_base():
            put_str(b, "__main__.")
        put_str(b, __load(x, 1))
        put_str(b, "'>")
    elif t == 6:
        m = dunder(x, "__repr__")
        if m is not __missing():
            r = m(x)
            if htype(r) != 1:
                raise TypeError("__repr__ returned non-string (type " + type_name(r) + ")")
            put_str(b, r)
        else:
            put_obj_repr(b, x)
    else:
        put_str(b, "<")
        put_str(b, type_name(x))
        put_str(b, ">")


def put_obj_repr(b, x):
    # object.__repr__ (BaseException's for exceptions) of instance x.
    if isinstance(x, BaseException):
        put_str(b, __load(type_of(x), 1))
        a = getattr(x, "args")
        if len(a) == 1:
            list_append(b, 40)
            put_repr(b, a[0])
            list_append(b, 41)
        else:
            put_repr(b, a)
    else:
        put_str(b, "<__main__.")
        put_str(b, __load(type_of(x), 1))
        put_str(b, " object at ")
        put_str(b, hex(__load(x, 4) * 16))
        put_str(b, ">")


def simple_str(x):
    k = __kind(x)
    if k == 2:
        return "None"
    if k == 3:
        if x:
            return "True"
        return "False"
    if k == 5:
        return "<function>"
    if k == 4:
        return "<Pin>"
    return "<object>"


def repr(x):
    if htype(x) == 1:
        b = list_new(0)
        put_str_repr(b, x)
        return str_from_list(b)
    b = list_new(0)
    put_repr(b, x)
    return str_from_list(b)


def to_str(x):
    t = htype(x)
    if t == 1:
        return x
    if __kind(x) != 1 or t == 18:
        if __kind(x) == 0 or t == 18:
            b = list_new(0)
            put_int(b, x)
            return str_from_list(b)
        return simple_str(x)
    if t == 6:
        m = dunder(x, "__str__")
        if m is not __missing():
            r = m(x)
            if htype(r) != 1:
                raise TypeError("__str__ returned non-string (type " + type_name(r) + ")")
            return r
        if isinstance(x, BaseException):
            return exc_str(x)
    return repr(x)
