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
            raise UnicodeEncodeError("'ascii' codec can't encode character " + repr(chr(c)) + " in position " + str(i) + ": ordinal not in range(128)")
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


def decode(b, encoding):
    ascii = str_eq(encoding, "ascii")
    if not ascii and not str_eq(encoding, "utf-8") and not str_eq(encoding, "utf8"):
        raise LookupError("unknown encoding: " + encoding)
    n = seq_len(b)
    out = list_new(0)
    i = 0
    while i < n:
        c = seq_item(b, i)
        k = 0
        if c >= 128:
            if ascii:
                raise UnicodeDecodeError("'ascii' codec can't decode byte " + hex(c) + " in position " + str(i) + ": ordinal not in range(128)")
            if c >= 240:
                k = 3
                c = c & 7
            elif c >= 224:
                k = 2
                c = c & 15
            elif c >= 192:
                k = 1
                c = c & 31
            else:
                raise UnicodeDecodeError("'utf-8' codec can't decode byte " + hex(c) + " in position " + str(i) + ": invalid start byte")
        j = 0
        while j < k:
            i = i + 1
            if i >= n or (seq_item(b, i) & 192) != 128:
                raise UnicodeDecodeError("'utf-8' codec can't decode bytes in position " + str(i - j - 1) + "-" + str(i - 1) + ": unexpected end of data")
            c = (c << 6) | (seq_item(b, i) & 63)
            j = j + 1
        list_append(out, c)
        i = i + 1
    return str_from_list(out)


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
    if name is "count":
        sub = arg(args, 0)
        if is_intlike(sub):
            return list_count(o, sub)
        if htype(o) == 20:
            o = bytes_pack(list_from(o), False)
        if htype(sub) == 20:
            sub = bytes_pack(list_from(sub), False)
        return str_count(o, sub)
    if name is "find" or name is "index":
        sub = arg(args, 0)
        i = 0
        while i < seq_len(o):
            if is_intlike(sub):
                if seq_item(o, i) == sub:
                    return i
            elif seq_eq(slice_get(o, slice_new(i, i + seq_len(sub), None)), sub):
                return i
            i = i + 1
        if name is "index":
            raise ValueError("subsection not found")
        return -1
    return __missing()
