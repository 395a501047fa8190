# format(), str.format, f-strings and %-formatting, for ints, bools, None
# and strs: [[fill]align][sign][#][0][width][,|_][.precision][type].


def format(v, spec):
    n = __load(spec, 1)
    if n == 0 and htype(v) != 6:
        return to_str(v)
    m = dunder(v, "__format__")
    if m is not __missing():
        return m(v, spec)
    if n == 0:
        return to_str(v)
    i = 0
    fill = 32
    align = -1
    if n >= 2 and align_of(__load(spec, 3)) >= 0:
        fill = __load(spec, 2)
        align = align_of(__load(spec, 3))
        i = 2
    elif align_of(__load(spec, 2)) >= 0:
        align = align_of(__load(spec, 2))
        i = 1
    # An '=' written in the spec, not implied by a leading 0.
    eq_align = align == 3
    sign = 45
    signed = False
    if i < n and (__load(spec, 2 + i) == 43 or __load(spec, 2 + i) == 32 or __load(spec, 2 + i) == 45):
        sign = __load(spec, 2 + i)
        signed = True
        i = i + 1
    alt = False
    if i < n and __load(spec, 2 + i) == 35:
        alt = True
        i = i + 1
    if i < n and __load(spec, 2 + i) == 48 and align < 0:
        fill = 48
        align = 3
        i = i + 1
    width = 0
    while i < n and 48 <= __load(spec, 2 + i) <= 57:
        width = width * 10 + __load(spec, 2 + i) - 48
        i = i + 1
    group = 0
    if i < n and (__load(spec, 2 + i) == 44 or __load(spec, 2 + i) == 95):
        group = __load(spec, 2 + i)
        i = i + 1
    prec = -1
    if i < n and __load(spec, 2 + i) == 46:
        i = i + 1
        prec = 0
        while i < n and 48 <= __load(spec, 2 + i) <= 57:
            prec = prec * 10 + __load(spec, 2 + i) - 48
            i = i + 1
    kind = 0
    if i < n:
        kind = __load(spec, 2 + i)
        i = i + 1
    if i < n:
        raise ValueError("Invalid format specifier")
    if is_float(v) or (is_num(v) and (kind == 102 or kind == 70 or kind == 101 or kind == 69 or kind == 103 or kind == 71 or kind == 37)):
        if is_float(v) and kind != 0 and not in_chars(kind, "eEfFgGn%"):
            raise ValueError("Unknown format code '" + chr(kind) + "' for object of type 'float'")
        body = float_format(v, kind, prec, sign)
        if group != 0:
            body = group_float(body, group, width, align == 3 and fill == 48)
        if align == 3:
            k = 0
            if __load(body, 1) > 0 and (__load(body, 2) == 45 or __load(body, 2) == 43 or __load(body, 2) == 32):
                k = 1
            return str_sub(body, 0, k) + str_pad(str_sub(body, k, __load(body, 1)), width - k, fill, 1)
        if align < 0:
            align = 1
        return str_pad(body, width, fill, align)
    if htype(v) == 1 or (kind == 115):
        if not htype(v) == 1:
            if not is_num(v):
                raise TypeError("unsupported format string passed to " + type_name(v) + ".__format__")
            raise ValueError("Unknown format code 's' for object of type '" + type_name(v) + "'")
        if kind != 0 and kind != 115:
            raise ValueError("Unknown format code '" + chr(kind) + "' for object of type 'str'")
        # (Messages from parts: every character of a constant is a word.)
        if signed:
            raise ValueError("Sign" + " not allowed in string format specifier")
        if alt:
            raise ValueError("Alternate form (#)" + " not allowed in string format specifier")
        if eq_align:
            raise ValueError("'=' alignment" + " not allowed in string format specifier")
        if group != 0:
            raise ValueError("Cannot specify '" + chr(group) + "' with 's'.")
        s = v
        if prec >= 0:
            s = str_sub(v, 0, imin(prec, __load(v, 1)))
        if align < 0:
            align = 0
        return str_pad(s, width, fill, align)
    if not is_intlike(v) and not is_big(v):
        # object.__format__ takes only the empty spec.
        raise TypeError("unsupported format string passed to " + type_name(v) + ".__format__")
    base = 10
    prefix = ""
    if kind == 120 or kind == 88:
        base = 16
        prefix = "0x"
    elif kind == 111:
        base = 8
        prefix = "0o"
    elif kind == 98:
        base = 2
        prefix = "0b"
    elif kind == 99:
        if v < 0 or v > 1114111:
            raise OverflowError("%c arg not in range(0x110000)")
        return str_pad(chr(v + 0), width, fill, imax(align, 0))
    elif kind != 0 and kind != 100 and kind != 110:
        raise ValueError("Unknown format code '" + chr(kind) + "' for object of type 'int'")
    x = v + 0
    neg = x < 0
    if neg:
        x = -x
    digits = list_new(0)
    if x == 0:
        list_append(digits, 48)
    while x > 0:
        d = hex_digit(x % base)
        if kind == 88 and d >= 97:
            d = d - 32
        list_append(digits, d)
        x = x // base
    head = list_new(0)
    if neg:
        list_append(head, 45)
    elif sign != 45:
        list_append(head, sign)
    if alt:
        if kind == 88:
            put_str(head, "0X")
        else:
            put_str(head, prefix)
    room = 0
    if group != 0 and align == 3 and fill == 48:
        room = width - __load(head, 1)
    body = group_digits(digits, group, 3 + (base != 10), room)
    h = str_from_list(head)
    if align == 3:
        return h + str_pad(body, width - __load(h, 1), fill, 1)
    if align < 0:
        align = 1
    return str_pad(h + body, width, fill, align)


def align_of(c):
    if c == 60:
        return 0
    if c == 62:
        return 1
    if c == 94:
        return 4
    if c == 61:
        return 3
    return -1


def fstr_join(parts):
    b = list_new(0)
    i = 1
    while i <= tuple_len(parts):
        put_str(b, __load(parts, i))
        i = i + 1
    return str_from_list(b)


def format_conv(v, conv, spec):
    if conv == 114:
        v = repr(v)
    elif conv == 115:
        v = to_str(v)
    return format(v, spec)


def str_format(f, args):
    return str_format_kw(f, args, None)


def str_format_kw(f, args, kw):
    # kw: a dict of the keyword arguments, or None.
    counter = list_new(2)
    list_set(counter, 0, 0)
    list_set(counter, 1, 0)
    return format_with(f, args, counter, kw)


def format_with(f, args, counter, kw):
    # counter: the next automatic field number, and how fields are numbered
    # so far (0: no field yet, 1: automatically, 2: manually).
    b = list_new(0)
    n = __load(f, 1)
    i = 0
    while i < n:
        c = __load(f, 2 + i)
        if c == 123 and i + 1 < n and __load(f, 3 + i) == 123:
            list_append(b, 123)
            i = i + 2
            continue
        if c == 125 and i + 1 < n and __load(f, 3 + i) == 125:
            list_append(b, 125)
            i = i + 2
            continue
        if c != 123:
            list_append(b, c)
            i = i + 1
            continue
        j = i + 1
        depth = 1
        while j < n:
            d = __load(f, 2 + j)
            if d == 123:
                depth = depth + 1
            elif d == 125:
                depth = depth - 1
                if depth == 0:
                    break
            j = j + 1
        if j >= n:
            raise ValueError("Single '{' encountered in format string")
        field = str_sub(f, i + 1, j)
        end = 0
        while end < __load(field, 1) and __load(field, 2 + end) != 58 and __load(field, 2 + end) != 33:
            if __load(field, 2 + end) == 91:
                while end < __load(field, 1) and __load(field, 2 + end) != 93:
                    end = end + 1
            end = end + 1
        name = str_sub(field, 0, end)
        rest = str_sub(field, end, __load(field, 1))
        conv = 0
        spec = ""
        if __load(rest, 1) >= 2 and __load(rest, 2) == 33:
            conv = __load(rest, 3)
            rest = str_sub(rest, 2, __load(rest, 1))
        v = format_field(name, args, counter, kw)
        if __load(rest, 1) >= 1 and __load(rest, 2) == 58:
            spec = str_sub(rest, 1, __load(rest, 1))
            if str_find(spec, "{", 0) >= 0:
                spec = format_with(spec, args, counter, kw)
        put_str(b, format_conv(v, conv, spec))
        i = j + 1
    return str_from_list(b)


def format_field(name, args, counter, kw):
    n = __load(name, 1)
    k = 0
    while k < n and __load(name, 2 + k) != 91 and __load(name, 2 + k) != 46:
        k = k + 1
    if k > 0 and not str_all(str_sub(name, 0, k), 0):
        # A keyword argument's name.
        key = str_sub(name, 0, k)
        v = __missing()
        if kw is not None:
            v = dict_lookup(kw, key)
        if v is __missing():
            raise KeyError(key)
    else:
        if k == 0:
            if list_get(counter, 1) == 2:
                numbering_switch("manual field specification", "automatic field numbering")
            list_set(counter, 1, 1)
            i = list_get(counter, 0)
            list_set(counter, 0, i + 1)
        else:
            if list_get(counter, 1) == 1:
                numbering_switch("automatic field numbering", "manual field specification")
            list_set(counter, 1, 2)
            i = int_parse(str_sub(name, 0, k), 10)
        if i >= tuple_len(args):
            raise IndexError("Replacement index " + str(i) + " out of range for positional args tuple")
        v = __load(args, 1 + i)
    while k < n:
        if __load(name, 2 + k) == 46:
            e = k + 1
            while e < n and __load(name, 2 + e) != 91 and __load(name, 2 + e) != 46:
                e = e + 1
            v = getattr(v, str_sub(name, k + 1, e))
            k = e
        else:
            e = str_find(name, "]", k)
            key = str_sub(name, k + 1, e)
            if str_all(key, 0):
                v = getitem(v, int_parse(key, 10))
            else:
                v = getitem(v, key)
            k = e + 1
    return v


def str_mod(f, args):
    # A dict is also the mapping of `%(key)s` (and need not be used up).
    mapping = args
    if htype(args) != 4:
        mapping = None
    if htype(args) != 2:
        args = (args,)
    b = list_new(0)
    n = __load(f, 1)
    k = 0
    i = 0
    while i < n:
        c = __load(f, 2 + i)
        if c != 37:
            list_append(b, c)
            i = i + 1
            continue
        i = i + 1
        if i < n and __load(f, 2 + i) == 37:
            list_append(b, 37)
            i = i + 1
            continue
        v = __missing()
        if i < n and __load(f, 2 + i) == 40:
            # %(key)s: the key up to the matching parenthesis.
            if mapping is None:
                raise TypeError("format requires a mapping")
            depth = 1
            j = i + 1
            while depth > 0:
                if j >= n:
                    raise ValueError("incomplete format key")
                c = __load(f, 2 + j)
                if c == 40:
                    depth = depth + 1
                elif c == 41:
                    depth = depth - 1
                j = j + 1
            v = getitem(mapping, str_sub(f, i + 1, j - 1))
            i = j
        spec = list_new(0)
        while i < n and in_chars(__load(f, 2 + i), "-+ #0123456789.*"):
            c = __load(f, 2 + i)
            i = i + 1
            if c == 42:
                # A width or precision from the arguments.
                if k >= tuple_len(args):
                    raise TypeError("not enough arguments for format string")
                w = __load(args, 1 + k)
                k = k + 1
                if not is_intlike(w):
                    raise TypeError("* wants int")
                if w < 0:
                    list_insert(spec, 0, 60)
                    w = -w
                put_str(spec, str(w))
                continue
            if c == 45:
                c = 60
            list_append(spec, c)
        if i >= n:
            raise ValueError("incomplete format")
        conv = __load(f, 2 + i)
        i = i + 1
        if v is __missing():
            if k >= tuple_len(args):
                raise TypeError("not enough arguments for format string")
            v = __load(args, 1 + k)
            k = k + 1
        if conv == 99:
            # %c of a one-character str is the str.
            if htype(v) == 1 and __load(v, 1) == 1:
                conv = 115
            elif not is_intlike(v) and not is_big(v):
                raise TypeError("%c requires int or char")
        if conv == 115 or conv == 114:
            if conv == 115:
                v = to_str(v)
            else:
                v = repr(v)
            if __load(spec, 1) > 0 and __load(__load(spec, 2), 1) != 60:
                list_insert(spec, 0, 62)
        elif conv == 100 or conv == 105 or conv == 117:
            if is_float(v):
                v = float_trunc(v)
            elif not is_intlike(v) and not is_big(v):
                raise TypeError("%" + chr(conv) + " format: a real number is required, not " + type_name(v))
            v = v + 0
        else:
            list_append(spec, conv)
        put_str(b, format(v, str_from_list(spec)))
    if k < tuple_len(args) and mapping is None:
        raise TypeError("not all arguments converted during string formatting")
    return str_from_list(b)


def imin(a, b):
    if a < b:
        return a
    return b


def imax(a, b):
    if a > b:
        return a
    return b


def group_float(body, group, width, zero_pad):
    # A float's text with its integer digits grouped by three, as an int's.
    n = __load(body, 1)
    k = 0
    if n > 0 and (__load(body, 2) == 45 or __load(body, 2) == 43 or __load(body, 2) == 32):
        k = 1
    e = k
    while e < n and 48 <= __load(body, 2 + e) <= 57:
        e = e + 1
    digits = list_new(0)
    i = e - 1
    while i >= k:
        list_append(digits, __load(body, 2 + i))
        i = i - 1
    room = 0
    if zero_pad:
        room = width - k - (n - e)
    return str_sub(body, 0, k) + group_digits(digits, group, 3, room) + str_sub(body, e, n)


def group_digits(digits, group, size, room):
    # digits: a list of digit characters, the least significant first. The
    # text, most significant first, with the separator `group` (0: none)
    # every `size` digits and, to fill `room` characters, zero padding that
    # is grouped too and never starts with a separator.
    b = list_new(0)
    n = __load(digits, 1)
    k = 0
    while k < n:
        if group != 0 and k > 0 and k % size == 0:
            list_append(b, group)
        list_append(b, list_get(digits, k))
        k = k + 1
    while __load(b, 1) < room:
        if group != 0 and k % size == 0:
            list_append(b, group)
            if __load(b, 1) >= room:
                list_append(b, 48)
                break
        list_append(b, 48)
        k = k + 1
    list_reverse(b)
    return str_from_list(b)


def numbering_switch(a, b):
    raise ValueError("cannot switch from " + a + " to " + b)
