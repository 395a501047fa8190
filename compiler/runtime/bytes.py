# bytes [length, one byte per word] (the layout of str, type 19) and
# bytearray [length, array] (the layout of list, type 20).


def bytes_of_str(s):
    # A bytes literal: the str of its byte values.
    n = __load(s, 1)
    b = __alloc(19 + ((n + 1) << 8))
    __store(b, 1, n)
    i = 0
    while i < n:
        __store(b, 2 + i, __load(s, 2 + i))
        i = i + 1
    return b


def bytes_new(n):
    b = __alloc(19 + ((n + 1) << 8))
    __store(b, 1, n)
    return b


def byte_value(v):
    if not is_intlike(v):
        raise TypeError("'" + type_name(v) + "' object cannot be interpreted as an integer")
    if v < 0 or v > 255:
        raise ValueError("byte must be in range(0, 256)")
    return v + 0


def bytes_from(x, mutable):
    # bytes(x) / bytearray(x): an int (zeros), a str is an error, or an
    # iterable of ints.
    vals = list_new(0)
    if is_intlike(x):
        if x < 0:
            raise ValueError("negative count")
        i = 0
        while i < x:
            list_append(vals, 0)
            i = i + 1
    elif htype(x) == 1:
        raise TypeError("string argument without an encoding")
    else:
        it = iter(x)
        v = iternext(it)
        while v is not __missing():
            if not mutable and is_intlike(v) and (v < 0 or v > 255):
                raise ValueError("bytes must be in range(0, 256)")
            list_append(vals, byte_value(v))
            v = iternext(it)
    return bytes_pack(vals, mutable)


def bytes_pack(vals, mutable):
    n = __load(vals, 1)
    if mutable:
        __store(vals, 0, 20 + (2 << 8))
        return vals
    b = bytes_new(n)
    i = 0
    while i < n:
        __store(b, 2 + i, list_get(vals, i))
        i = i + 1
    return b


def encode_e(s, encoding, errors):
    # s.encode(encoding, errors): only the default handler is implemented;
    # another one is refused where it would change the result.
    if htype(errors) != 1:
        raise TypeError("encode() argument 'errors' must be str, not " + type_name(errors))
    if str_eq(errors, "strict"):
        return encode(s, encoding)
    try:
        return encode(s, encoding)
    except UnicodeError:
        raise ValueError("the error handler '" + errors + "' is not supported")


def decode_e(b, encoding, errors):
    if htype(errors) != 1:
        raise TypeError("decode() argument 'errors' must be str, not " + type_name(errors))
    if str_eq(errors, "strict"):
        return decode(b, encoding)
    try:
        return decode(b, encoding)
    except UnicodeError:
        raise ValueError("the error handler '" + errors + "' is not supported")


def encode(s, encoding):
    ascii = str_eq(encoding, "ascii")
    if not ascii and not str_eq(encoding, "utf-8") and not str_eq(encoding, "utf8"):
        raise LookupError("unknown encoding: " + encoding)
    vals = list_new(0)
    n = __load(s, 1)
    i = 0
    while i < n:
        c = __load(s, 2 + i)
        if c < 128:
            list_append(vals, c)
        elif ascii:
            raise UnicodeEncodeError("'ascii' codec can't encode character " + char_escape(c) + " in position " + str(i) + ": ordinal not in range(128)")
        elif c < 2048:
            list_append(vals, 192 | (c >> 6))
            list_append(vals, 128 | (c & 63))
        elif c < 65536:
            list_append(vals, 224 | (c >> 12))
            list_append(vals, 128 | ((c >> 6) & 63))
            list_append(vals, 128 | (c & 63))
        else:
            list_append(vals, 240 | (c >> 18))
            list_append(vals, 128 | ((c >> 12) & 63))
            list_append(vals, 128 | ((c >> 6) & 63))
            list_append(vals, 128 | (c & 63))
        i = i + 1
    return bytes_pack(vals, False)


def char_escape(c):
    # '\xe9', '\u20ac' or '\U0001f600', as a codec error names a character.
    b = list_new(0)
    list_append(b, 39)
    list_append(b, 92)
    n = 2
    if c >= 65536:
        n = 8
        list_append(b, 85)
    elif c >= 256:
        n = 4
        list_append(b, 117)
    else:
        list_append(b, 120)
    while n > 0:
        n = n - 1
        list_append(b, hex_digit((c >> (n << 2)) & 15))
    list_append(b, 39)
    return str_from_list(b)


def decode(b, encoding):
    ascii = str_eq(encoding, "ascii")
    if not ascii and not str_eq(encoding, "utf-8") and not str_eq(encoding, "utf8"):
        raise LookupError("unknown encoding: " + encoding)
    n = seq_len(b)
    out = list_new(0)
    i = 0
    while i < n:
        c = seq_item(b, i)
        if c < 128:
            list_append(out, c)
            i = i + 1
            continue
        if ascii:
            raise UnicodeDecodeError("'ascii' codec can't decode byte " + hex(c) + " in position " + str(i) + ": ordinal not in range(128)")
        # CPython's strict UTF-8: the start byte fixes the length and the
        # range of the second byte (no overlong forms, no surrogates, no
        # code point past 0x10ffff).
        lo = 128
        hi = 191
        if 194 <= c <= 223:
            k = 1
            c = c & 31
        elif 224 <= c <= 239:
            k = 2
            if c == 224:
                lo = 160
            elif c == 237:
                hi = 159
            c = c & 15
        elif 240 <= c <= 244:
            k = 3
            if c == 240:
                lo = 144
            elif c == 244:
                hi = 143
            c = c & 7
        else:
            raise UnicodeDecodeError(utf8_span(b, i, 1) + ": invalid start byte")
        j = 1
        while j <= k:
            if i + j >= n:
                raise UnicodeDecodeError(utf8_span(b, i, j) + ": unexpected end of data")
            x = seq_item(b, i + j)
            if x < lo or x > hi:
                raise UnicodeDecodeError(utf8_span(b, i, j) + ": invalid continuation byte")
            c = (c << 6) | (x & 63)
            lo = 128
            hi = 191
            j = j + 1
        list_append(out, c)
        i = i + k + 1
    return str_from_list(out)


def utf8_span(b, i, j):
    # The bytes i .. i + j - 1 that a decoding error is about.
    if j == 1:
        return "'utf-8' codec can't decode byte " + hex(seq_item(b, i)) + " in position " + str(i)
    return "'utf-8' codec can't decode bytes in position " + str(i) + "-" + str(i + j - 1)


def put_bytes_repr(b, x):
    if htype(x) == 20:
        put_str(b, "bytearray(")
    list_append(b, 98)
    n = seq_len(x)
    q = 39
    if contains(x, 39) and not contains(x, 34):
        q = 34
    list_append(b, q)
    i = 0
    while i < n:
        c = seq_item(x, i)
        if c == q or c == 92:
            list_append(b, 92)
            list_append(b, c)
        elif c == 10:
            put_str(b, "\\n")
        elif c == 13:
            put_str(b, "\\r")
        elif c == 9:
            put_str(b, "\\t")
        elif c < 32 or c >= 127:
            put_str(b, "\\x")
            list_append(b, hex_digit(c >> 4))
            list_append(b, hex_digit(c & 15))
        else:
            list_append(b, c)
        i = i + 1
    list_append(b, q)
    if htype(x) == 20:
        list_append(b, 41)


def bytes_meth(o, name, args):
    n = tuple_len(args)
    if name is "decode":
        enc = "utf-8"
        if n > 0:
            enc = arg(args, 0)
        if n > 1:
            return decode_e(o, enc, arg(args, 1))
        return decode(o, enc)
    if name is "hex":
        b = list_new(0)
        i = 0
        while i < seq_len(o):
            c = seq_item(o, i)
            list_append(b, hex_digit(c >> 4))
            list_append(b, hex_digit(c & 15))
            i = i + 1
        return str_from_list(b)
    if htype(o) == 20:
        if name is "append":
            list_append(o, byte_value(arg(args, 0)))
            return None
        if name is "extend":
            list_extend(o, bytes_from(arg(args, 0), True))
            return None
        if name is "pop":
            if n == 0:
                return list_pop(o, -1)
            return list_pop(o, arg(args, 0))
        # A bytearray has a list's layout.
        if name is "insert":
            list_insert(o, arg(args, 0), byte_value(arg(args, 1)))
            return None
        if name is "clear":
            list_clear(o)
            return None
        if name is "reverse":
            list_reverse(o)
            return None
        if name is "remove":
            v = byte_value(arg(args, 0))
            i = 0
            while i < __load(o, 1):
                if list_get(o, i) == v:
                    list_pop(o, i)
                    return None
                i = i + 1
            raise ValueError("value not found in bytearray")
        if name is "copy":
            return bytes_from(o, True)
    # One test per name: the linker keeps the str-like methods only for
    # programs that use their names.
    if name is "lower":
        return bytes_str_meth(o, name, args)
    if name is "upper":
        return bytes_str_meth(o, name, args)
    if name is "swapcase":
        return bytes_str_meth(o, name, args)
    if name is "title":
        return bytes_str_meth(o, name, args)
    if name is "capitalize":
        return bytes_str_meth(o, name, args)
    if name is "strip":
        return bytes_str_meth(o, name, args)
    if name is "lstrip":
        return bytes_str_meth(o, name, args)
    if name is "rstrip":
        return bytes_str_meth(o, name, args)
    if name is "split":
        return bytes_str_meth(o, name, args)
    if name is "rsplit":
        return bytes_str_meth(o, name, args)
    if name is "splitlines":
        return bytes_str_meth(o, name, args)
    if name is "join":
        return bytes_str_meth(o, name, args)
    if name is "find":
        return bytes_str_meth(o, name, args)
    if name is "rfind":
        return bytes_str_meth(o, name, args)
    if name is "index":
        return bytes_str_meth(o, name, args)
    if name is "rindex":
        return bytes_str_meth(o, name, args)
    if name is "count":
        return bytes_str_meth(o, name, args)
    if name is "replace":
        return bytes_str_meth(o, name, args)
    if name is "startswith":
        return bytes_str_meth(o, name, args)
    if name is "endswith":
        return bytes_str_meth(o, name, args)
    if name is "partition":
        return bytes_str_meth(o, name, args)
    if name is "rpartition":
        return bytes_str_meth(o, name, args)
    if name is "isdigit":
        return bytes_str_meth(o, name, args)
    if name is "isalpha":
        return bytes_str_meth(o, name, args)
    if name is "isalnum":
        return bytes_str_meth(o, name, args)
    if name is "isspace":
        return bytes_str_meth(o, name, args)
    if name is "isupper":
        return bytes_str_meth(o, name, args)
    if name is "islower":
        return bytes_str_meth(o, name, args)
    if name is "center":
        return bytes_str_meth(o, name, args)
    if name is "ljust":
        return bytes_str_meth(o, name, args)
    if name is "rjust":
        return bytes_str_meth(o, name, args)
    if name is "zfill":
        return bytes_str_meth(o, name, args)
    return __missing()


def bytes_str_meth(o, name, args):
    # The str-like methods: bytes has str's layout, so they run on a str
    # of the same code points (the str methods treat only ASCII as
    # letters and spaces, as bytes do), and str results become bytes again.
    t = htype(o)
    n = tuple_len(args)
    if n > 0 and htype(__load(args, 1)) == 1:
        bytes_prefix_arg(name)
    a = list_new(0)
    i = 0
    while i < n:
        x = __load(args, 1 + i)
        if i == 0 and bytes_search(name):
            if htype(x) == 1:
                raise TypeError("argument should be integer or bytes-like object, not 'str'")
            if is_intlike(x):
                x = bytes_new(1)
                __store(x, 2, byte_value(__load(args, 1)))
        list_append(a, bytes_arg(x))
        i = i + 1
    if name is "join":
        a = list_from(arg(args, 0))
        j = 0
        while j < __load(a, 1):
            v = list_get(a, j)
            if htype(v) != 19 and htype(v) != 20:
                raise TypeError("sequence item " + str(j) + ": expected a bytes-like object, " + type_name(v) + " found")
            list_set(a, j, bytes_as_str(v))
            j = j + 1
        a = [a]
    s = bytes_as_str(o)
    a = tuple_from(a)
    if name is "index":
        return bytes_found(str_meth(s, "find", a))
    if name is "rindex":
        return bytes_found(str_meth(s, "rfind", a))
    return bytes_result(str_meth(s, name, a), t)


def bytes_prefix_arg(name):
    if name is "startswith":
        raise TypeError("startswith first arg must be bytes or a tuple of bytes, not str")
    if name is "endswith":
        raise TypeError("endswith first arg must be bytes or a tuple of bytes, not str")


def bytes_search(name):
    if name is "find":
        return True
    if name is "index":
        return True
    if name is "count":
        return True
    if name is "rfind":
        return True
    if name is "rindex":
        return True
    return False


def bytes_found(i):
    if i < 0:
        raise ValueError("subsection not found")
    return i


def bytes_arg(x):
    t = htype(x)
    if t == 19 or t == 20:
        return bytes_as_str(x)
    if t == 1:
        raise TypeError("a bytes-like object is required, not 'str'")
    if t == 2:
        out = list_from(x)
        i = 0
        while i < __load(out, 1):
            list_set(out, i, bytes_arg(list_get(out, i)))
            i = i + 1
        return tuple_from(out)
    return x


def bytes_as_str(b):
    n = seq_len(b)
    s = str_new(n)
    i = 0
    while i < n:
        __store(s, 2 + i, seq_item(b, i))
        i = i + 1
    return s


def bytes_result(r, t):
    k = htype(r)
    if k == 1:
        n = __load(r, 1)
        b = bytes_new(n)
        i = 0
        while i < n:
            __store(b, 2 + i, __load(r, 2 + i))
            i = i + 1
        if t == 20:
            return bytes_from(b, True)
        return b
    if k == 3 or k == 2:
        out = list_from(r)
        i = 0
        while i < __load(out, 1):
            list_set(out, i, bytes_result(list_get(out, i), t))
            i = i + 1
        if k == 2:
            return tuple_from(out)
        return out
    return r


def bytes_fromhex(s, mutable):
    vals = list_new(0)
    n = __load(s, 1)
    i = 0
    while i < n:
        c = __load(s, 2 + i)
        if is_space(c):
            i = i + 1
            continue
        hi = hex_value(c)
        lo = -1
        if i + 1 < n:
            lo = hex_value(__load(s, 3 + i))
        if hi < 0 or lo < 0:
            if hi >= 0:
                i = i + 1
            raise ValueError("non-hexadecimal number found in fromhex() arg at position " + str(i))
        list_append(vals, hi * 16 + lo)
        i = i + 2
    return bytes_pack(vals, mutable)


def hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1
