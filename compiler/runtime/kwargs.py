# Keyword arguments to builtins and to the methods of builtin types: bound
# to positions as CPython binds them, then the positional forms run. Each
# builtin is one identity test on its name, so the linker keeps only the
# ones a program calls with keywords.


def kw_bind(what, args, kwnames, kwvalues, names, maxpos, posonly):
    # The values of the parameters `names`, missing ones __missing(): the
    # first `posonly` cannot be named, those from `maxpos` on are
    # keyword-only.
    np = tuple_len(names)
    n = tuple_len(args)
    nk = tuple_len(kwnames)
    if n > maxpos:
        if maxpos == 0:
            raise TypeError(what + "() takes no positional arguments")
        raise TypeError(what + "() takes at most " + str(maxpos) + " argument" + plural(maxpos) + " (" + str(n) + " given)")
    if n + nk > np:
        if maxpos == 0:
            raise TypeError(what + "() takes at most " + str(np) + " keyword argument" + plural(np) + " (" + str(nk) + " given)")
        raise TypeError(what + "() takes at most " + str(np) + " argument" + plural(np) + " (" + str(n + nk) + " given)")
    full = args_padded(args, np)
    k = 0
    while k < nk:
        name = __load(kwnames, 1 + k)
        j = posonly
        while j < np and not str_eq(__load(names, 1 + j), name):
            j = j + 1
        if j >= np:
            raise TypeError("'" + name + "' is an invalid keyword argument for " + what + "()")
        if __load(full, 1 + j) is not __missing():
            raise TypeError("argument for " + what + "() given by name ('" + name + "') and position (" + str(j + 1) + ")")
        __store(full, 1 + j, __load(kwvalues, 1 + k))
        k = k + 1
    return full


def kw_get(a, i, default):
    v = __load(a, 1 + i)
    if v is __missing():
        return default
    return v


def kw_need(a, i, what, name):
    v = __load(a, 1 + i)
    if v is __missing():
        raise TypeError(what + "() missing required argument '" + name + "' (pos " + str(i + 1) + ")")
    return v


def no_kw(what, kwnames):
    if tuple_len(kwnames) > 0:
        raise TypeError(what + "() takes no keyword arguments")


def builtin_ex(name, args, kw):
    # name(*args, **kw) for a builtin function.
    return builtin_kw(name, tuple_from(args), tuple_from(view_new(kw, 0)), tuple_from(view_new(kw, 1)))


def builtin_kw(name, args, kwnames, kwvalues):
    # A builtin function called with keyword arguments.
    n = tuple_len(args)
    if name is "enumerate":
        a = kw_bind(name, args, kwnames, kwvalues, ("iterable", "start"), 2, 0)
        return enumerate2(kw_need(a, 0, name, "iterable"), kw_get(a, 1, 0))
    if name is "sum":
        if n == 0:
            raise TypeError("sum() takes at least 1 positional argument (0 given)")
        a = kw_bind(name, args, kwnames, kwvalues, ("iterable", "start"), 2, 1)
        return sum2(__load(a, 1), kw_get(a, 1, 0))
    if name is "max" or name is "min":
        a = kw_bind(name, (), kwnames, kwvalues, ("key", "default"), 0, 0)
        if n == 0:
            raise TypeError(name + " expected at least 1 argument, got 0")
        it = args
        if n == 1:
            it = __load(args, 1)
        elif __load(a, 2) is not __missing():
            raise TypeError("Cannot specify a default for " + name + "() with multiple positional arguments")
        return minmax(it, kw_get(a, 0, None), name is "max", name, __load(a, 2))
    if name is "sorted":
        if n != 1:
            raise TypeError("sorted expected 1 argument, got " + str(n))
        a = kw_bind("sort", (), kwnames, kwvalues, ("key", "reverse"), 0, 0)
        return sorted_kw(__load(args, 1), kw_get(a, 0, None), kw_get(a, 1, False))
    if name is "round":
        a = kw_bind(name, args, kwnames, kwvalues, ("number", "ndigits"), 2, 0)
        return round_(kw_need(a, 0, name, "number"), kw_get(a, 1, None))
    if name is "pow":
        a = kw_bind(name, args, kwnames, kwvalues, ("base", "exp", "mod"), 3, 0)
        b = kw_need(a, 0, name, "base")
        e = kw_need(a, 1, name, "exp")
        m = kw_get(a, 2, None)
        if m is None:
            return pow(b, e)
        return pow3(b, e, m)
    if name is "zip":
        a = kw_bind(name, (), kwnames, kwvalues, ("strict",), 0, 0)
        if kw_get(a, 0, False):
            return zip_n(args, True)
        return zip_t(args)
    if name is "print":
        a = kw_bind(name, (), kwnames, kwvalues, ("sep", "end", "file", "flush"), 0, 0)
        sep = kw_get(a, 0, None)
        end = kw_get(a, 1, None)
        f = kw_get(a, 2, None)
        if f is None:
            print_kw(args, sep, end)
        else:
            print_to(f, args, sep, end)
        return None
    if name is "next":
        no_kw(name, kwnames)
    raise TypeError(name + "() takes no keyword arguments")


def print_to(f, args, sep, end):
    # print(..., file=f): each piece goes to f.write, as CPython's does.
    print_check("sep", sep)
    print_check("end", end)
    if sep is None:
        sep = " "
    if end is None:
        end = "\n"
    i = 1
    while i <= tuple_len(args):
        if i > 1:
            callmethod1(f, "write", sep)
        callmethod1(f, "write", to_str(__load(args, i)))
        i = i + 1
    callmethod1(f, "write", end)


def builtin_class_kw(c, args, kwnames, kwvalues):
    # A builtin class called with keyword arguments.
    n = tuple_len(args)
    if c is int:
        a = kw_bind("int", args, kwnames, kwvalues, ("x", "base"), 2, 1)
        x = __load(a, 1)
        b = __load(a, 2)
        if b is __missing():
            if x is __missing():
                return 0
            return int_of(x)
        if x is __missing():
            raise TypeError("int() missing string argument")
        if htype(x) != 1:
            raise TypeError("int() can't convert non-string with explicit base")
        return int_parse(x, b)
    if c is dict:
        if n > 1:
            raise TypeError("dict expected at most 1 argument, got " + str(n))
        d = dict_new()
        if n == 1:
            dict_update(d, __load(args, 1))
        dict_update_kw(d, kwnames, kwvalues)
        return d
    if c is str:
        a = kw_bind("str", args, kwnames, kwvalues, ("object", "encoding", "errors"), 3, 0)
        return builtin_new(c, kw_packed(a))
    if c is UART:
        a = kw_bind("UART", args, kwnames, kwvalues, ("id", "baudrate", "bits", "parity", "stop"), 5, 1)
        return uart_new(a)
    if c is bytes or c is bytearray:
        a = kw_bind(__load(c, 1), args, kwnames, kwvalues, ("source", "encoding", "errors"), 3, 0)
        return builtin_new(c, kw_packed(a))
    if tuple_len(kwnames) == 0:
        return class_call(c, args)
    if c is object:
        raise TypeError("object() takes no arguments")
    raise TypeError(__load(c, 1) + "() takes no keyword arguments")


def kw_packed(a):
    # The bound values as positional arguments: the given ones, with the
    # defaults of those before them (str(b, errors=...): encoding utf-8).
    n = tuple_len(a)
    while n > 0 and __load(a, n) is __missing():
        n = n - 1
    r = tuple_new(n)
    i = 0
    while i < n:
        v = __load(a, 1 + i)
        if v is __missing():
            v = "utf-8"
            if i == 0:
                v = b""
            elif i == 2:
                v = "strict"
        __store(r, 1 + i, v)
        i = i + 1
    return r


def dict_update_kw(d, kwnames, kwvalues):
    k = 0
    while k < tuple_len(kwnames):
        dict_set(d, __load(kwnames, 1 + k), __load(kwvalues, 1 + k))
        k = k + 1


def bm_kw(f, args, kwnames, kwvalues):
    # A builtin-method object called with keyword arguments.
    fn = __load(f, 1)
    name = __load(f, 3)
    if fn is builtin_fn:
        return builtin_kw(name, args, kwnames, kwvalues)
    if fn is class_meth:
        c = __load(f, 2)
        if name is "from_bytes":
            if c is int:
                a = kw_bind(name, args, kwnames, kwvalues, ("bytes", "byteorder", "signed"), 2, 0)
                return int_from_bytes_s(kw_need(a, 0, name, "bytes"), kw_get(a, 1, "big"), kw_get(a, 2, False))
        if name is "fromkeys":
            if c is dict:
                if tuple_len(kwnames) != 0:
                    raise TypeError("dict.fromkeys() takes no keyword arguments")
                return dict_fromkeys(args)
        if tuple_len(args) == 0:
            raise TypeError("unbound method " + __load(c, 1) + "." + name + "() needs an argument")
        o = __load(args, 1)
        if not isinstance(o, c):
            raise TypeError("descriptor '" + name + "' for '" + __load(c, 1) + "' objects doesn't apply to a '" + type_name(o) + "' object")
        return builtin_meth_kw(o, name, tuple_from(slice_get(args, slice_new(1, None, None))), kwnames, kwvalues)
    return builtin_meth_kw(__load(f, 2), name, args, kwnames, kwvalues)


def builtin_meth_kw(o, name, args, kwnames, kwvalues):
    # o.name(*args, **kw) for an object of a builtin type.
    t = htype(o)
    if tuple_len(kwnames) == 0:
        return call_builtin_method(o, name, args)
    if t == 1 or t == 19 or t == 20:
        if name is "split" or name is "rsplit":
            a = kw_bind(name, args, kwnames, kwvalues, ("sep", "maxsplit"), 2, 0)
            return call_builtin_method(o, name, (kw_get(a, 0, None), kw_get(a, 1, -1)))
        if name is "splitlines":
            a = kw_bind(name, args, kwnames, kwvalues, ("keepends",), 1, 0)
            return call_builtin_method(o, name, (kw_get(a, 0, False),))
        if t == 1 and name is "format":
            d = dict_new()
            dict_update_kw(d, kwnames, kwvalues)
            return str_format_kw(o, args, d)
        if t == 1 and name is "encode":
            a = kw_bind(name, args, kwnames, kwvalues, ("encoding", "errors"), 2, 0)
            return call_builtin_method(o, name, (kw_get(a, 0, "utf-8"), kw_get(a, 1, "strict")))
        if t != 1 and name is "decode":
            a = kw_bind(name, args, kwnames, kwvalues, ("encoding", "errors"), 2, 0)
            return call_builtin_method(o, name, (kw_get(a, 0, "utf-8"), kw_get(a, 1, "strict")))
    if t == 3 and name is "sort":
        a = kw_bind(name, args, kwnames, kwvalues, ("key", "reverse"), 0, 0)
        list_sort(o, kw_get(a, 0, None), kw_get(a, 1, False))
        return None
    if t == 4 and name is "update":
        if tuple_len(args) > 1:
            raise TypeError("update expected at most 1 argument, got " + str(tuple_len(args)))
        if tuple_len(args) == 1:
            dict_update(o, __load(args, 1))
        dict_update_kw(o, kwnames, kwvalues)
        return None
    if t == 18 or is_intlike(o):
        if name is "to_bytes":
            a = kw_bind(name, args, kwnames, kwvalues, ("length", "byteorder", "signed"), 2, 0)
            return int_to_bytes(o, kw_get(a, 0, 1), kw_get(a, 1, "big"), kw_get(a, 2, False))
    if is_intlike(o):
        t = 18
    if t != 6 and t != 5 and not has_method(t, name):
        attr_error(o, name)
    raise TypeError(type_name(o) + "." + name + "() takes no keyword arguments")


def call_imm_kw(f, args, kwnames, kwvalues):
    # A plain function (an immediate: no defaults, *args or **kwargs)
    # called with keywords through another name: its parameter names come
    # from the program's debug names.
    e = func_info(f)
    if e is None:
        raise TypeError("this builtin takes no keyword arguments")
    names = __load(e, 3)
    np = __load(e, 6)
    qual = __load(e, 5)
    n = tuple_len(args)
    if n > np:
        raise TypeError(qual + arity_message(names, np, n))
    full = args_padded(args, np)
    k = 0
    while k < tuple_len(kwnames):
        name = __load(kwnames, 1 + k)
        j = 0
        while j < np and not str_eq(__load(names, 1 + j), name):
            j = j + 1
        if j >= np:
            raise TypeError(qual + "() got an unexpected keyword argument '" + name + "'")
        if __load(full, 1 + j) is not __missing():
            raise TypeError(qual + "() got multiple values for argument '" + name + "'")
        __store(full, 1 + j, __load(kwvalues, 1 + k))
        k = k + 1
    missing = list_new(0)
    i = 0
    while i < np:
        if __load(full, 1 + i) is __missing():
            list_append(missing, "'" + __load(names, 1 + i) + "'")
        i = i + 1
    m = __load(missing, 1)
    if m > 0:
        text = list_get(missing, 0)
        if m == 2:
            text = text + " and " + list_get(missing, 1)
        elif m > 2:
            text = str_join(", ", slice_get(missing, slice_new(0, m - 1, None))) + ", and " + list_get(missing, m - 1)
        raise TypeError(qual + "() missing " + str(m) + " required positional argument" + plural(m) + ": " + text)
    return apply(f, full)
