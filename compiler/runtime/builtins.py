# Builtin types called as constructors, builtin methods, and the builtin
# functions that take iterables.


def builtin_new(c, args):
    n = tuple_len(args)
    if c is object:
        return instance_new(object)
    if c is int:
        if n == 0:
            return 0
        if n == 2:
            return int_parse(__load(args, 1), __load(args, 2))
        return int_of(__load(args, 1))
    if c is str:
        if n == 0:
            return ""
        if n > 1:
            # str(b, encoding[, errors]): decoding.
            x = __load(args, 1)
            if htype(x) == 1:
                raise TypeError("decoding str is not supported")
            if htype(x) != 19 and htype(x) != 20:
                raise TypeError("decoding to str: need a bytes-like object, " + type_name(x) + " found")
            if n > 2:
                return decode_e(x, __load(args, 2), __load(args, 3))
            return decode(x, __load(args, 2))
        return to_str(__load(args, 1))
    if c is bool:
        if n == 0:
            return False
        return truth(__load(args, 1))
    if c is list:
        if n == 0:
            return list_new(0)
        return list_from(__load(args, 1))
    if c is tuple:
        if n == 0:
            return ()
        return tuple_from(__load(args, 1))
    if c is dict:
        if n > 1:
            raise TypeError("dict expected at most 1 argument, got " + str(n))
        d = dict_new()
        if n == 1:
            dict_update(d, __load(args, 1))
        return d
    if c is set:
        if n == 0:
            return set_new()
        return set_from(__load(args, 1))
    if c is range:
        if n == 1:
            return range_new(0, int_index(__load(args, 1)), 1)
        if n == 2:
            return range_new(int_index(__load(args, 1)), int_index(__load(args, 2)), 1)
        return range_new(int_index(__load(args, 1)), int_index(__load(args, 2)), int_index(__load(args, 3)))
    if c is type:
        return type_value(__load(args, 1))
    if c is float:
        if n == 0:
            return float_make(1, 0, 0)
        x = __load(args, 1)
        if htype(x) == 1:
            return float_parse(x)
        return to_float(x)
    if c is bytes or c is bytearray:
        mutable = c is bytearray
        if n == 0:
            return bytes_from(0, mutable)
        if n >= 2:
            if htype(__load(args, 1)) != 1:
                raise TypeError("encoding without a string argument")
            b = __missing()
            if n > 2:
                b = encode_e(__load(args, 1), __load(args, 2), __load(args, 3))
            else:
                b = encode(__load(args, 1), __load(args, 2))
            if mutable:
                return bytes_from(b, True)
            return b
        return bytes_from(__load(args, 1), mutable)
    if c is property or c is staticmethod or c is classmethod:
        return descr_new(c, args)
    if c is UART:
        return uart_new(args)
    if c is slice:
        if n == 1:
            return slice_new(None, __load(args, 1), None)
        if n == 2:
            return slice_new(__load(args, 1), __load(args, 2), None)
        return slice_new(__load(args, 1), __load(args, 2), __load(args, 3))
    return __missing()


def int_index(x):
    if is_intlike(x) or is_big(x):
        return x + 0
    m = dunder(x, "__index__")
    if m is not __missing():
        r = m(x)
        if is_intlike(r) or is_big(r):
            return r + 0
        raise TypeError("__index__ returned non-int (type " + type_name(r) + ")")
    raise TypeError("'" + type_name(x) + "' object cannot be interpreted as an integer")


def int_of(x):
    if is_intlike(x) or is_big(x):
        return x + 0
    if __feature("float") and is_float(x):
        return float_trunc(x)
    if htype(x) == 1:
        return int_parse(x, 10)
    m = dunder(x, "__int__")
    if m is not __missing():
        return m(x)
    raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '" + type_name(x) + "'")


def int_parse(s, base):
    n = __load(s, 1)
    i = 0
    while i < n and is_space(__load(s, 2 + i)):
        i = i + 1
    while n > i and is_space(__load(s, 1 + n)):
        n = n - 1
    neg = False
    if i < n and (__load(s, 2 + i) == 45 or __load(s, 2 + i) == 43):
        neg = __load(s, 2 + i) == 45
        i = i + 1
    given = base
    prefixed = False
    if base == 0 or base == 16 or base == 8 or base == 2:
        if i + 1 < n and __load(s, 2 + i) == 48:
            p = __load(s, 3 + i) | 32
            if (p == 120 and (base == 16 or base == 0)) or (p == 111 and (base == 8 or base == 0)) or (p == 98 and (base == 2 or base == 0)):
                if p == 120:
                    base = 16
                elif p == 111:
                    base = 8
                else:
                    base = 2
                i = i + 2
                prefixed = True
    if base == 0:
        base = 10
    # Base 0 reads a decimal with a leading zero as an error (as 010 is).
    lead0 = given == 0 and not prefixed and i < n and __load(s, 2 + i) == 48
    v = 0
    digits = 0
    while i < n:
        c = __load(s, 2 + i)
        # One underscore between digits, or after a base prefix.
        if c == 95 and (digits > 0 or prefixed) and i + 1 < n and __load(s, 3 + i) != 95:
            i = i + 1
            continue
        d = 99
        if 48 <= c <= 57:
            d = c - 48
        elif 97 <= (c | 32) <= 122:
            d = (c | 32) - 87
        if d >= base:
            raise ValueError("invalid literal for int() with base " + str(given) + ": " + repr(s))
        v = v * base + d
        digits = digits + 1
        i = i + 1
    if digits == 0 or (lead0 and v != 0):
        raise ValueError("invalid literal for int() with base " + str(given) + ": " + repr(s))
    if neg:
        return -v
    return v


def bm_new(f, self, name):
    m = __alloc(14 + (3 << 8))
    __store(m, 1, f)
    __store(m, 2, self)
    __store(m, 3, name)
    return m


def builtin_method(o, name):
    t = htype(o)
    if t == 3:
        return bm_new(list_meth, o, name)
    if t == 4:
        return bm_new(dict_meth, o, name)
    if t == 1:
        return bm_new(str_meth, o, name)
    if __feature("set") and t == 11:
        return bm_new(set_meth, o, name)
    if t == 2:
        return bm_new(tuple_meth, o, name)
    if __feature("generator") and t == 17:
        return bm_new(gen_meth, o, name)
    if __feature("bytes") and (t == 19 or t == 20):
        return bm_new(bytes_meth, o, name)
    if t == 18 or is_intlike(o):
        return bm_new(int_meth, o, name)
    if __feature("uart") and t == 22:
        return bm_new(uart_meth, o, name)
    return __missing()


def int_meth(o, name, args):
    n = tuple_len(args)
    if name is "bit_length":
        x = abs(o)
        k = 0
        while x > 0:
            x = x >> 1
            k = k + 1
        return k
    if name is "to_bytes":
        size = 1
        if n > 0:
            size = arg(args, 0)
        order = "big"
        if n > 1:
            order = arg(args, 1)
        return int_to_bytes(o, size, order, False)
    return __missing()


def int_to_bytes(o, size, order, signed):
    little = byteorder(order)
    x = o
    if o < 0:
        if not signed:
            raise OverflowError("can't convert negative int to unsigned")
        x = o + (1 << (8 * size))
    if signed:
        big = size == 0 and o != 0
        if size > 0 and o >= 0:
            big = (o >> (8 * size - 1)) != 0
        if size > 0 and o < 0:
            big = ((-o - 1) >> (8 * size - 1)) != 0
        if big:
            raise OverflowError("int too big to convert")
    vals = list_new(0)
    while len(vals) < size:
        list_append(vals, x & 255)
        x = x >> 8
    if x != 0:
        raise OverflowError("int too big to convert")
    if not little:
        list_reverse(vals)
    return bytes_pack(vals, False)


def byteorder(s):
    # Whether byte order s is "little".
    if htype(s) == 1 and str_eq(s, "little"):
        return True
    if htype(s) == 1 and str_eq(s, "big"):
        return False
    raise ValueError("byteorder must be either 'little' or 'big'")


def int_from_bytes(b, order):
    return int_from_bytes_s(b, order, False)


def int_from_bytes_s(b, order, signed):
    little = byteorder(order)
    n = seq_len(b)
    x = 0
    i = 0
    while i < n:
        k = i
        if little:
            k = n - 1 - i
        x = (x << 8) | seq_item(b, k)
        i = i + 1
    if signed and n > 0 and (x >> (8 * n - 1)) != 0:
        x = x - (1 << (8 * n))
    return x


def class_value(c):
    # A builtin class with methods as a value in the program: the linker
    # keeps its methods as attributes (feature "class_attr").
    return c


def class_attr(c, name):
    # An attribute of a builtin class: its methods, unbound (str.upper),
    # and the class methods (int.from_bytes). One test per class, so that
    # a program that never has a builtin class as a value links none.
    if c is str:
        return class_method(c, 1, name)
    if c is list:
        return class_method(c, 3, name)
    if c is dict:
        if name is "fromkeys":
            return bm_new(class_meth, c, name)
        return class_method(c, 4, name)
    if c is tuple:
        return class_method(c, 2, name)
    if c is int:
        if name is "from_bytes":
            return bm_new(class_meth, c, name)
        return class_method(c, 18, name)
    if __feature("set"):
        if c is set:
            return class_method(c, 11, name)
    if __feature("bytes"):
        if c is bytes or c is bytearray:
            if name is "fromhex":
                return bm_new(class_meth, c, name)
            if c is bytes:
                return class_method(c, 19, name)
            return class_method(c, 20, name)
    return __missing()


def class_method(c, t, name):
    if has_method(t, name):
        return bm_new(class_meth, c, name)
    return __missing()


def class_meth(c, name, args):
    if name is "from_bytes":
        if c is int:
            return int_from_bytes(arg(args, 0), arg(args, 1))
    if name is "fromkeys":
        if c is dict:
            return dict_fromkeys(args)
    if __feature("bytes"):
        if name is "fromhex":
            if c is bytes or c is bytearray:
                return bytes_fromhex(arg(args, 0), c is bytearray)
    # An unbound method: the instance is the first argument.
    if tuple_len(args) == 0:
        raise TypeError("unbound method " + __load(c, 1) + "." + name + "() needs an argument")
    o = __load(args, 1)
    if not isinstance(o, c):
        raise TypeError("descriptor '" + name + "' for '" + __load(c, 1) + "' objects doesn't apply to a '" + type_name(o) + "' object")
    return call_builtin_method(o, name, tuple_from(slice_get(args, slice_new(1, None, None))))


def dict_fromkeys(args):
    # dict.fromkeys(iterable, value=None): every key bound to the one value.
    n = tuple_len(args)
    if n == 0:
        raise TypeError("fromkeys expected at least 1 argument, got 0")
    if n > 2:
        raise TypeError("fromkeys expected at most 2 arguments, got " + str(n))
    v = None
    if n == 2:
        v = __load(args, 2)
    d = dict_new()
    it = iter(__load(args, 1))
    k = iternext(it)
    while k is not __missing():
        dict_set(d, k, v)
        k = iternext(it)
    return d


def builtin_fn(none, name, args):
    # A builtin with several forms (max, sum...) used as a value: the
    # dispatcher of its builtin-method object.
    n = tuple_len(args)
    if name is "max" or name is "min":
        x = args
        if n == 1:
            x = __load(args, 1)
        if name is "max":
            return max(x)
        return min(x)
    if name is "input":
        if n == 0:
            return input0()
        return input(arg(args, 0))
    if name is "sum":
        if n == 2:
            return sum2(arg(args, 0), __load(args, 2))
        return sum(arg(args, 0))
    if name is "next":
        if n == 2:
            return next2(arg(args, 0), __load(args, 2))
        return next(arg(args, 0))
    if name is "getattr":
        if n == 3:
            return getattr3(arg(args, 0), arg(args, 1), __load(args, 3))
        return getattr(arg(args, 0), arg(args, 1))
    if name is "enumerate":
        if n == 2:
            return enumerate2(arg(args, 0), __load(args, 2))
        return enumerate(arg(args, 0))
    if name is "zip":
        return zip_t(args)
    if name is "pow":
        if n == 3:
            return pow3(arg(args, 0), arg(args, 1), __load(args, 3))
        return pow(arg(args, 0), arg(args, 1))
    if name is "round":
        if n == 2:
            return round_(arg(args, 0), __load(args, 2))
        return round1(arg(args, 0))
    if name is "print":
        print_kw(args, None, None)
        return None
    if name is "sorted":
        if n != 1:
            raise TypeError("sorted expected 1 argument, got " + str(n))
        return sorted(arg(args, 0))
    if name is "format":
        if n == 2:
            return format(arg(args, 0), __load(args, 2))
        return format(arg(args, 0), "")
    return __missing()


def has_method(t, name):
    # Written as one identity test per name, so that the linker leaves out
    # the names that the program never uses.
    if __feature("uart") and t == 22:
        return uart_has(name)
    if t == 3:
        if name is "append":
            return True
        if name is "pop":
            return True
        if name is "insert":
            return True
        if name is "extend":
            return True
        if name is "remove":
            return True
        if name is "index":
            return True
        if name is "count":
            return True
        if name is "reverse":
            return True
        if name is "copy":
            return True
        if name is "clear":
            return True
        if name is "sort":
            return True
    if t == 4:
        if name is "get":
            return True
        if name is "keys":
            return True
        if name is "values":
            return True
        if name is "items":
            return True
        if name is "setdefault":
            return True
        if name is "pop":
            return True
        if name is "update":
            return True
        if name is "clear":
            return True
        if name is "copy":
            return True
        if name is "popitem":
            return True
    if t == 1:
        if name is "split":
            return True
        if name is "join":
            return True
        if name is "strip":
            return True
        if name is "lstrip":
            return True
        if name is "rstrip":
            return True
        if name is "find":
            return True
        if name is "rfind":
            return True
        if name is "index":
            return True
        if name is "rindex":
            return True
        if name is "count":
            return True
        if name is "replace":
            return True
        if name is "startswith":
            return True
        if name is "endswith":
            return True
        if name is "upper":
            return True
        if name is "lower":
            return True
        if name is "isdigit":
            return True
        if name is "isalpha":
            return True
        if name is "isspace":
            return True
        if name is "isalnum":
            return True
        if name is "isupper":
            return True
        if name is "islower":
            return True
        if name is "center":
            return True
        if name is "ljust":
            return True
        if name is "rjust":
            return True
        if name is "zfill":
            return True
        if name is "removeprefix":
            return True
        if name is "removesuffix":
            return True
        if name is "isascii":
            return True
        if name is "casefold":
            return True
        if name is "format":
            return True
        if name is "capitalize":
            return True
        if name is "title":
            return True
        if name is "swapcase":
            return True
        if name is "partition":
            return True
        if name is "rpartition":
            return True
        if name is "rsplit":
            return True
        if name is "splitlines":
            return True
        if name is "encode":
            return True
    if __feature("set") and t == 11:
        if name is "add":
            return True
        if name is "discard":
            return True
        if name is "remove":
            return True
        if name is "union":
            return True
        if name is "intersection":
            return True
        if name is "difference":
            return True
        if name is "copy":
            return True
        if name is "clear":
            return True
        if name is "pop":
            return True
        if name is "issubset":
            return True
        if name is "issuperset":
            return True
        if name is "isdisjoint":
            return True
        if name is "symmetric_difference":
            return True
        if name is "update":
            return True
        if name is "intersection_update":
            return True
        if name is "difference_update":
            return True
        if name is "symmetric_difference_update":
            return True
    if t == 2:
        if name is "index":
            return True
        if name is "count":
            return True
    if __feature("generator") and t == 17:
        if name is "send":
            return True
        if name is "close":
            return True
        if name is "throw":
            return True
    if t == 18:
        if name is "bit_length":
            return True
        if name is "to_bytes":
            return True
        return False
    if __feature("bytes") and (t == 19 or t == 20):
        if name is "decode":
            return True
        if name is "hex":
            return True
        if name is "count":
            return True
        if name is "find":
            return True
        if name is "index":
            return True
        if name is "append":
            return t == 20
        if name is "extend":
            return t == 20
        if name is "pop":
            return t == 20
        if name is "insert":
            return t == 20
        if name is "clear":
            return t == 20
        if name is "reverse":
            return t == 20
        if name is "remove":
            return t == 20
        if name is "copy":
            return t == 20
        if name is "format":
            return False
        if name is "encode":
            return False
        return has_method(1, name)
    return False


def call_builtin_method(o, name, args):
    t = htype(o)
    r = __missing()
    if t == 3:
        r = list_meth(o, name, args)
    elif t == 4:
        r = dict_meth(o, name, args)
    elif t == 1:
        r = str_meth(o, name, args)
    elif __feature("set") and t == 11:
        r = set_meth(o, name, args)
    elif t == 2:
        r = tuple_meth(o, name, args)
    elif __feature("generator") and t == 17:
        r = gen_meth(o, name, args)
    elif __feature("bytes") and (t == 19 or t == 20):
        r = bytes_meth(o, name, args)
    elif __feature("uart") and t == 22:
        r = uart_meth(o, name, args)
    else:
        return apply(getattr(o, name), args)
    if r is __missing():
        attr_error(o, name)
    return r


def arg(args, i):
    if i >= tuple_len(args):
        raise TypeError("expected at least " + str(i + 1) + " argument" + plural(i + 1) + ", got " + str(tuple_len(args)))
    return __load(args, 1 + i)


def list_meth(o, name, args):
    n = tuple_len(args)
    if name is "append":
        list_append(o, arg(args, 0))
        return None
    if name is "pop":
        if n == 0:
            return list_pop(o, -1)
        return list_pop(o, arg(args, 0))
    if name is "insert":
        list_insert(o, arg(args, 0), arg(args, 1))
        return None
    if name is "extend":
        list_extend(o, arg(args, 0))
        return None
    if name is "remove":
        list_remove(o, arg(args, 0))
        return None
    if name is "index":
        m = __load(o, 1)
        start = 0
        end = m
        if n >= 2:
            start = slice_bound(arg(args, 1), m, 0, 0, m)
        if n >= 3:
            end = slice_bound(arg(args, 2), m, m, 0, m)
        i = start
        while i < end:
            if eq(list_get(o, i), arg(args, 0)):
                return i
            i = i + 1
        raise ValueError(repr(arg(args, 0)) + " is not in list")
    if name is "count":
        return list_count(o, arg(args, 0))
    if name is "reverse":
        list_reverse(o)
        return None
    if name is "copy":
        return list_copy(o)
    if name is "clear":
        list_clear(o)
        return None
    if name is "sort":
        if n > 0:
            raise TypeError("sort() takes no positional arguments")
        list_sort(o, None, False)
        return None
    return __missing()


def tuple_meth(o, name, args):
    if name is "index":
        i = 0
        while i < tuple_len(o):
            if eq(__load(o, 1 + i), arg(args, 0)):
                return i
            i = i + 1
        raise ValueError("tuple.index(x): x not in tuple")
    if name is "count":
        return list_count(o, arg(args, 0))
    return __missing()


def dict_meth(o, name, args):
    n = tuple_len(args)
    if name is "get":
        if n == 1:
            return dict_get2(o, arg(args, 0), None)
        return dict_get2(o, arg(args, 0), arg(args, 1))
    if name is "keys":
        return view_new(o, 0)
    if name is "values":
        return view_new(o, 1)
    if name is "items":
        return view_new(o, 2)
    if name is "setdefault":
        if n == 1:
            return dict_setdefault(o, arg(args, 0), None)
        return dict_setdefault(o, arg(args, 0), arg(args, 1))
    if name is "pop":
        if n == 1:
            return dict_pop(o, arg(args, 0))
        return dict_pop2(o, arg(args, 0), arg(args, 1))
    if name is "update":
        if n > 1:
            raise TypeError("update expected at most 1 argument, got " + str(n))
        if n == 1:
            dict_update(o, arg(args, 0))
        return None
    if name is "clear":
        dict_clear(o)
        return None
    if name is "copy":
        return dict_copy(o)
    if name is "popitem":
        return dict_popitem(o)
    return __missing()


def set_meth(o, name, args):
    if name is "add":
        set_add(o, arg(args, 0))
        return None
    if name is "discard":
        set_discard(o, arg(args, 0))
        return None
    if name is "remove":
        set_remove(o, arg(args, 0))
        return None
    if name is "union":
        return set_op(o, set_from(arg(args, 0)), 0)
    if name is "intersection":
        return set_intersection(o, arg(args, 0))
    if name is "difference":
        return set_op(o, set_from(arg(args, 0)), 2)
    if name is "copy":
        return dict_copy(o)
    if name is "clear":
        dict_clear(o)
        return None
    if name is "pop":
        if __load(o, 1) == 0:
            raise KeyError("pop from an empty set")
        k = dict_popitem(o)
        return k[0]
    if name is "issubset":
        return set_le(o, set_from(arg(args, 0)))
    if name is "issuperset":
        return set_le(set_from(arg(args, 0)), o)
    if name is "isdisjoint":
        return __load(set_op(o, set_from(arg(args, 0)), 1), 1) == 0
    if name is "symmetric_difference":
        return set_op(o, set_from(arg(args, 0)), 3)
    if name is "update" or name is "intersection_update" or name is "difference_update" or name is "symmetric_difference_update":
        op = 0
        if name is "intersection_update":
            op = 1
        elif name is "difference_update":
            op = 2
        elif name is "symmetric_difference_update":
            op = 3
        if op == 1:
            r = set_intersection(o, arg(args, 0))
        else:
            r = set_op(o, set_from(arg(args, 0)), op)
        dict_clear(o)
        dict_update_keys(o, r)
        return None
    return __missing()


def set_le(a, b):
    it = iter(a)
    x = iternext(it)
    while x is not __missing():
        if dict_lookup(b, x) is __missing():
            return False
        x = iternext(it)
    return True


def list_sort(lst, key, rev):
    # A stable merge sort of indexes by keys, in raw arrays (word i + 1 is
    # item i).
    n = __load(lst, 1)
    # Every word of an array is set before the next allocation: the
    # collector scans them.
    keys = array_new(n)
    copy_words(keys, 1, __load(lst, 2), 1, n)
    if key is not None:
        i = 0
        while i < n:
            __store(keys, 1 + i, key(__load(keys, 1 + i)))
            i = i + 1
    # Keys that are all tuples compare by seq_cmp directly, as the
    # COMPARE trap would; when their first items are all small ints, two
    # that differ there compare inline.
    tuples = True
    ints = True
    i = 0
    while i < n and tuples:
        k = __load(keys, 1 + i)
        tuples = __kind(k) == 1 and (__load(k, 0) & 127) == 2
        if tuples and ints:
            ints = (__load(k, 0) >> 8) > 0 and __kind(__load(k, 1)) == 0
        i = i + 1
    ints = ints and tuples
    idx = array_new(n)
    i = 0
    while i < n:
        __store(idx, 1 + i, i)
        i = i + 1
    tmp = array_new(n)
    fill_words(tmp, 1, 0, n)
    # Runs of eight sorted by insertion (fewer steps than the first three
    # merge rounds), then merges of doubling width. An item moves before
    # an earlier one only when its key is less (greater with rev): stable.
    lo = 0
    while lo < n:
        hi = lo + 8
        if hi > n:
            hi = n
        i = lo + 1
        while i < hi:
            x = __load(idx, 1 + i)
            kx = __load(keys, 1 + x)
            j = i
            while j > lo:
                y = __load(idx, j)
                ky = __load(keys, 1 + y)
                if ints and __load(kx, 1) != __load(ky, 1):
                    before = (__load(kx, 1) < __load(ky, 1)) != rev
                elif tuples:
                    if rev:
                        before = seq_cmp(ky, kx) < 0
                    else:
                        before = seq_cmp(kx, ky) < 0
                elif rev:
                    before = ky < kx
                else:
                    before = kx < ky
                if not before:
                    break
                __store(idx, 1 + j, y)
                j = j - 1
            __store(idx, 1 + j, x)
            i = i + 1
        lo = hi
    width = 8
    while width < n:
        lo = 0
        while lo < n:
            mid = lo + width
            if mid > n:
                mid = n
            hi = lo + 2 * width
            if hi > n:
                hi = n
            a = lo
            b = mid
            k = lo
            # The two heads stay in locals: a step loads only the new one.
            if b < hi:
                ia = __load(idx, 1 + a)
                ka = __load(keys, 1 + ia)
                ib = __load(idx, 1 + b)
                kb = __load(keys, 1 + ib)
            while a < mid and b < hi:
                if ints and __load(ka, 1) != __load(kb, 1):
                    # They differ: with rev, the opposite order.
                    take_b = (__load(kb, 1) < __load(ka, 1)) != rev
                elif tuples:
                    if rev:
                        take_b = seq_cmp(ka, kb) < 0
                    else:
                        take_b = seq_cmp(kb, ka) < 0
                elif rev:
                    take_b = ka < kb
                else:
                    take_b = kb < ka
                if take_b:
                    __store(tmp, 1 + k, ib)
                    b = b + 1
                    if b < hi:
                        ib = __load(idx, 1 + b)
                        kb = __load(keys, 1 + ib)
                else:
                    __store(tmp, 1 + k, ia)
                    a = a + 1
                    if a < mid:
                        ia = __load(idx, 1 + a)
                        ka = __load(keys, 1 + ia)
                k = k + 1
            # The rest of one run (the other is empty).
            if a < mid:
                copy_words(tmp, 1 + k, idx, 1 + a, mid - a)
            elif b < hi:
                copy_words(tmp, 1 + k, idx, 1 + b, hi - b)
            lo = hi
        t = idx
        idx = tmp
        tmp = t
        width = width * 2
    vals = list_from(lst)
    i = 0
    while i < n:
        __store(__load(lst, 2), 1 + i, __load(__load(vals, 2), 1 + __load(idx, 1 + i)))
        i = i + 1


def sorted(it):
    lst = list_from(it)
    list_sort(lst, None, False)
    return lst


def sorted_kw(it, key, rev):
    lst = list_from(it)
    list_sort(lst, key, rev)
    return lst


def minmax(it, key, want_max, what, default):
    it = iter(it)
    best = iternext(it)
    if best is __missing():
        if default is not __missing():
            return default
        raise ValueError(what + "() arg is an empty sequence")
    bk = best
    if key is not None:
        bk = key(best)
    v = iternext(it)
    while v is not __missing():
        k = v
        if key is not None:
            k = key(v)
        if want_max:
            # CPython's order of operands (and so of dunders and messages).
            if k > bk:
                best = v
                bk = k
        elif k < bk:
            best = v
            bk = k
        v = iternext(it)
    return best


def min(it):
    return minmax(it, None, False, "min", __missing())


def max(it):
    return minmax(it, None, True, "max", __missing())


def min_star(args):
    return minmax_star(args, False, "min")


def max_star(args):
    return minmax_star(args, True, "max")


def minmax_star(args, want_max, what):
    # min(*args), max(*args): one argument is the iterable, as CPython's.
    n = len(args)
    if n == 0:
        raise TypeError(what + " expected at least 1 argument, got 0")
    if n == 1:
        return minmax(args[0], None, want_max, what, __missing())
    return minmax(args, None, want_max, what, __missing())


def min_kw(it, key):
    return minmax(it, key, False, "min", __missing())


def max_kw(it, key):
    return minmax(it, key, True, "max", __missing())


def sum(it):
    return sum2(it, 0)


def sum2(it, total):
    it = iter(it)
    v = iternext(it)
    while v is not __missing():
        total = total + v
        v = iternext(it)
    return total


def any(it):
    it = iter(it)
    v = iternext(it)
    while v is not __missing():
        if v:
            return True
        v = iternext(it)
    return False


def all(it):
    it = iter(it)
    v = iternext(it)
    while v is not __missing():
        if not v:
            return False
        v = iternext(it)
    return True


def abs(x):
    if __feature("float") and is_float(x):
        return float_make(1, f_m(x), f_e(x))
    if is_big(x):
        if big_sign(x) < 0:
            return big_neg(x)
        return x
    if is_intlike(x):
        if x < 0:
            return -x
        return x + 0
    m = dunder(x, "__abs__")
    if m is not __missing():
        return m(x)
    raise TypeError("bad operand type for abs(): '" + type_name(x) + "'")


def divmod(a, b):
    if htype(a) == 6 or htype(b) == 6:
        return by_dunder(a, b, "__divmod__", "__rdivmod__", "divmod()")
    if b == 0 and (is_float(a) or is_float(b)):
        raise ZeroDivisionError("float divmod()")
    return (a // b, a % b)


def enumerate(it):
    return enumerate2(it, 0)


def enumerate2(it, start):
    # enumerate, zip, map and filter are lazy, as CPython's: they take the
    # iterators at once (a TypeError for what is not iterable) and the
    # items one at a time, when the next is asked for.
    return enumerate_gen(iter(it), start)


def enumerate_gen(it, i):
    v = iternext(it)
    while v is not __missing():
        yield (i, v)
        i = i + 1
        v = iternext(it)


def zip(a, b):
    return zip_gen(iter(a), iter(b))


def zip_gen(a, b):
    x = iternext(a)
    while x is not __missing():
        y = iternext(b)
        if y is __missing():
            return
        yield (x, y)
        x = iternext(a)


def zip3(a, b, c):
    return zip3_gen(iter(a), iter(b), iter(c))


def zip3_gen(a, b, c):
    x = iternext(a)
    while x is not __missing():
        y = iternext(b)
        if y is __missing():
            return
        z = iternext(c)
        if z is __missing():
            return
        yield (x, y, z)
        x = iternext(a)


def reversed(x):
    r = list_from(x)
    list_reverse(r)
    return r


def map(f, it):
    return map_gen(f, iter(it))


def map_gen(f, it):
    v = iternext(it)
    while v is not __missing():
        yield f(v)
        v = iternext(it)


def filter(f, it):
    return filter_gen(f, iter(it))


def filter_gen(f, it):
    v = iternext(it)
    while v is not __missing():
        if f is None:
            if v:
                yield v
        elif f(v):
            yield v
        v = iternext(it)


def ord(c):
    if htype(c) != 1:
        raise TypeError("ord() expected string of length 1, but " + type_name(c) + " found")
    if __load(c, 1) != 1:
        raise TypeError("ord() expected a character, but string of length " + str(__load(c, 1)) + " found")
    return __load(c, 2)


def chr(i):
    if i < 0 or i > 1114111:
        raise ValueError("chr() arg not in range(0x110000)")
    s = str_new(1)
    __store(s, 2, i)
    return s


def int_digits(x, base, prefix):
    b = list_new(0)
    if x < 0:
        list_append(b, 45)
        x = -x
    put_str(b, prefix)
    if x == 0:
        list_append(b, 48)
    d = list_new(0)
    while x > 0:
        list_append(d, hex_digit(x % base))
        x = x // base
    list_reverse(d)
    list_extend(b, d)
    return str_from_list(b)


def hex(x):
    return int_digits(int_index(x), 16, "0x")


def oct(x):
    return int_digits(int_index(x), 8, "0o")


def bin(x):
    return int_digits(int_index(x), 2, "0b")


def id(x):
    if htype(x) == 6:
        return __load(x, 4)
    if __kind(x) == 1:
        return __addr(x)
    return hash(x)


def zip_t(its):
    # zip(a, b, ...), its tuple of iterables (the compiler calls it so).
    return zip_n(its, False)


def zip_n(its, strict):
    # strict (zip(..., strict=True)): the iterables must have the same
    # length.
    its = tuple_from(its)
    n = tuple_len(its)
    iters = list_new(0)
    i = 0
    while i < n:
        list_append(iters, iter(__load(its, 1 + i)))
        i = i + 1
    return zip_n_gen(iters, n, strict)


def zip_n_gen(iters, n, strict):
    if n == 0:
        return
    while True:
        item = list_new(0)
        i = 0
        while i < n:
            v = iternext(list_get(iters, i))
            if v is __missing():
                if strict:
                    if i > 0:
                        raise ValueError("zip() argument " + str(i + 1) + " is shorter than argument" + zip_range(i))
                    j = 1
                    while j < n:
                        if iternext(list_get(iters, j)) is not __missing():
                            raise ValueError("zip() argument " + str(j + 1) + " is longer than argument" + zip_range(j))
                        j = j + 1
                return
            list_append(item, v)
            i = i + 1
        yield tuple_from(item)


def zip_range(i):
    # "s 1-3" or " 1": the arguments before argument i + 1.
    if i == 1:
        return " 1"
    return "s 1-" + str(i)


def map_t(args):
    # map(f, a, b, ...)
    f = __load(args, 1)
    its = tuple_new(tuple_len(args) - 1)
    i = 1
    while i < tuple_len(args):
        __store(its, i, __load(args, 1 + i))
        i = i + 1
    return map_t_gen(f, iter(zip_t(its)))


def map_t_gen(f, it):
    t = iternext(it)
    while t is not __missing():
        yield apply(f, t)
        t = iternext(it)


def round1(x):
    return round_(x, None)
