# Trap handlers (the processor's fast paths that failed) and the builtins
# that work on objects: they dispatch on the operands' types, then to the
# dunder methods of user classes, and raise CPython's errors.


def is_intlike(x):
    k = __kind(x)
    return k == 0 or k == 3


def unsupported(a, b, sym):
    # When the dunders decline, a sequence's concatenation or repeat has
    # the last word, with its own message.
    ta = htype(a)
    tb = htype(b)
    if sym is "+":
        if ta == 1 or ta == 2 or ta == 3:
            raise TypeError("can only concatenate " + type_name(a) + " (not \"" + type_name(b) + "\") to " + type_name(a))
        if ta == 19 or ta == 20:
            raise TypeError("can't concat " + type_name(b) + " to " + type_name(a))
    if sym is "*":
        if ta == 1 or ta == 2 or ta == 3 or ta == 19 or ta == 20:
            raise TypeError("can't multiply sequence by non-int of type '" + type_name(b) + "'")
        if tb == 1 or tb == 2 or tb == 3 or tb == 19 or tb == 20:
            raise TypeError("can't multiply sequence by non-int of type '" + type_name(a) + "'")
    raise TypeError("unsupported operand type(s) for " + sym + ": '" + type_name(a) + "' and '" + type_name(b) + "'")


def overflow():
    raise OverflowError("integer overflow: the result does not fit in a small int (-1073741824..1073741823)")


def num(a, b, op):
    # Both operands ints (small or big): the exact result.
    return big_binary(a, b, op)


def floaty(a, b):
    # One operand a float, the other a float or an int.
    return (is_float(a) or is_float(b)) and (is_float(a) or is_num(a)) and (is_float(b) or is_num(b))


def dunders(a, b, name, rname, same):
    # a.name(b), then b.rname(a) (with `same` False, only for an operand of
    # another class, as CPython's arithmetic): the first result that is not
    # NotImplemented, or missing.
    m = dunder(a, name)
    if m is not __missing():
        r = m(a, b)
        if r is not NotImplemented:
            return r
    if not same and htype(a) == 6 and htype(b) == 6 and __load(a, 1) is __load(b, 1):
        return __missing()
    m = dunder(b, rname)
    if m is not __missing():
        r = m(b, a)
        if r is not NotImplemented:
            return r
    return __missing()


def by_dunder(a, b, name, rname, sym):
    r = dunders(a, b, name, rname, False)
    if r is __missing():
        unsupported(a, b, sym)
    return r


def binary_add(a, b):
    ta = htype(a)
    tb = htype(b)
    if ta == 1:
        if tb == 1:
            return str_concat(a, b)
        if tb != 6:
            raise TypeError("can only concatenate str (not \"" + type_name(b) + "\") to str")
    if (ta == 3 and tb == 3) or (ta == 2 and tb == 2):
        return seq_concat(a, b)
    if __feature("bytes") and (ta == 19 or ta == 20) and (tb == 19 or tb == 20):
        r = list_from(a)
        list_extend(r, b)
        return bytes_pack(r, ta == 20)
    if __feature("bytes") and (ta == 19 or ta == 20) and tb != 6:
        raise TypeError("can't concat " + type_name(b) + " to " + type_name(a))
    if ta == 3 and tb != 6:
        raise TypeError("can only concatenate list (not \"" + type_name(b) + "\") to list")
    if ta == 2 and tb != 6:
        raise TypeError("can only concatenate tuple (not \"" + type_name(b) + "\") to tuple")
    if is_num(a) and is_num(b):
        return num(a, b, 0)
    if __feature("float") and floaty(a, b):
        return float_add(a, b)
    return by_dunder(a, b, "__add__", "__radd__", "+")


def binary_iadd(a, b):
    if __feature("float") and floaty(a, b):
        return float_add(a, b)
    if htype(a) == 3:
        list_extend(a, b)
        return a
    m = dunder(a, "__iadd__")
    if m is not __missing():
        return m(a, b)
    return binary_add(a, b)


def binary_imul(a, b):
    # `a *= b` with an object a: a list repeats in place.
    if htype(a) == 3 and is_intlike(b):
        items = list_copy(a)
        if b <= 0:
            list_clear(a)
        while b > 1:
            list_extend(a, items)
            b = b - 1
        return a
    m = dunder(a, "__imul__")
    if m is not __missing():
        return m(a, b)
    return binary_mul(a, b)


def binary_sub(a, b):
    if is_num(a) and is_num(b):
        return num(a, b, 1)
    if __feature("float") and floaty(a, b):
        return float_sub(a, b)
    if __feature("set") and htype(a) == 11 and htype(b) == 11:
        return set_op(a, b, 2)
    return by_dunder(a, b, "__sub__", "__rsub__", "-")


def binary_mul(a, b):
    ta = htype(a)
    tb = htype(b)
    if ta == 1 and is_intlike(b):
        return str_repeat(a, b)
    if tb == 1 and is_intlike(a):
        return str_repeat(b, a)
    if __feature("bytes") and (ta == 19 or ta == 20) and is_intlike(b):
        return bytes_pack(seq_repeat(list_from(a), b), ta == 20)
    if __feature("bytes") and (tb == 19 or tb == 20) and is_intlike(a):
        return bytes_pack(seq_repeat(list_from(b), a), tb == 20)
    if (ta == 2 or ta == 3) and is_intlike(b):
        return seq_repeat(a, b)
    if (tb == 2 or tb == 3) and is_intlike(a):
        return seq_repeat(b, a)
    if (ta == 1 or ta == 2 or ta == 3) and dunder(b, "__rmul__") is __missing():
        raise TypeError("can't multiply sequence by non-int of type '" + type_name(b) + "'")
    if is_num(a) and is_num(b):
        return num(a, b, 2)
    if __feature("float") and floaty(a, b):
        return float_mul(a, b)
    return by_dunder(a, b, "__mul__", "__rmul__", "*")


def binary_floordiv(a, b):
    if is_num(a) and is_num(b):
        if b == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return num(a, b, 3)
    if __feature("float") and floaty(a, b):
        return float_floordiv(a, b)
    return by_dunder(a, b, "__floordiv__", "__rfloordiv__", "//")


def binary_mod(a, b):
    if is_num(a) and is_num(b):
        if b == 0:
            raise ZeroDivisionError("integer modulo by zero")
        return num(a, b, 4)
    if __feature("float") and floaty(a, b):
        return float_mod(a, b)
    if __feature("str_mod") and htype(a) == 1:
        return str_mod(a, b)
    return by_dunder(a, b, "__mod__", "__rmod__", "%")


def binary_lshift(a, b):
    if is_num(a) and is_num(b):
        return num(a, b, 5)
    return by_dunder(a, b, "__lshift__", "__rlshift__", "<<")


def binary_rshift(a, b):
    if is_num(a) and is_num(b):
        return num(a, b, 6)
    return by_dunder(a, b, "__rshift__", "__rrshift__", ">>")


def binary_and(a, b):
    if is_num(a) and is_num(b):
        return num(a, b, 7)
    if __feature("set") and htype(a) == 11 and htype(b) == 11:
        return set_op(a, b, 1)
    return by_dunder(a, b, "__and__", "__rand__", "&")


def binary_or(a, b):
    if is_num(a) and is_num(b):
        return num(a, b, 8)
    if __feature("set") and htype(a) == 11 and htype(b) == 11:
        return set_op(a, b, 0)
    return by_dunder(a, b, "__or__", "__ror__", "|")


def binary_xor(a, b):
    if is_num(a) and is_num(b):
        return num(a, b, 9)
    if __feature("set") and htype(a) == 11 and htype(b) == 11:
        return set_op(a, b, 3)
    return by_dunder(a, b, "__xor__", "__rxor__", "^")


def equal(a, b):
    ta = htype(a)
    tb = htype(b)
    if (ta == 18 or tb == 18) and is_num(a) and is_num(b):
        return big_cmp(a, b) == 0
    if __feature("float") and floaty(a, b):
        return float_cmp(a, b) == 0
    if ta == 1 and tb == 1:
        return str_eq(a, b)
    if ta == tb and (ta == 2 or ta == 3):
        return seq_eq(a, b)
    if __feature("bytes") and (ta == 19 or ta == 20) and (tb == 19 or tb == 20):
        return seq_eq(a, b)
    if ta == tb and (ta == 4 or ta == 11):
        return dict_eq(a, b)
    if ta == 10 and tb == 10:
        return seq_eq(list_from(a), list_from(b))
    r = dunders(a, b, "__eq__", "__eq__", True)
    if r is not __missing():
        return r
    return a is b


def compare_eq(a, b):
    return equal(a, b)


def compare_ne(a, b):
    m = dunder(a, "__ne__")
    if m is __missing():
        return not equal(a, b)
    r = m(a, b)
    if r is not NotImplemented:
        return r
    # As CPython: b's __ne__ (object's: its __eq__, negated), then identity.
    m = dunder(b, "__ne__")
    if m is not __missing():
        r = m(b, a)
        if r is not NotImplemented:
            return r
    else:
        m = dunder(b, "__eq__")
        if m is not __missing():
            r = m(b, a)
            if r is not NotImplemented:
                return not r
    return a is not b


def order(a, b, name, rname, sym):
    ta = htype(a)
    tb = htype(b)
    c = 2
    if ta == 1 and tb == 1:
        c = str_cmp(a, b)
    elif ta == tb and (ta == 2 or ta == 3):
        c = seq_cmp(a, b)
    elif (ta == 19 or ta == 20) and (tb == 19 or tb == 20):
        c = seq_cmp(a, b)
    elif (ta == 18 or tb == 18) and is_num(a) and is_num(b):
        c = big_cmp(a, b)
    if __feature("float") and c == 2 and floaty(a, b):
        c = float_cmp(a, b)
    if __feature("set") and ta == 11 and tb == 11:
        if sym is "<=":
            return set_le(a, b)
        if sym is ">=":
            return set_le(b, a)
        if sym is "<":
            return set_le(a, b) and __load(a, 1) != __load(b, 1)
        return set_le(b, a) and __load(a, 1) != __load(b, 1)
    if c != 2:
        if sym is "<":
            return c < 0
        if sym is "<=":
            return c <= 0
        if sym is ">":
            return c > 0
        return c >= 0
    r = dunders(a, b, name, rname, True)
    if r is not __missing():
        return r
    raise TypeError("'" + sym + "' not supported between instances of '" + type_name(a) + "' and '" + type_name(b) + "'")


def lt(a, b):
    return a < b


def compare_lt(a, b):
    # Two tuples (as sort compares them) first.
    if __kind(a) == 1 and __kind(b) == 1 and (__load(a, 0) & 127) == 2 and (__load(b, 0) & 127) == 2:
        return seq_cmp(a, b) < 0
    return order(a, b, "__lt__", "__gt__", "<")


def compare_le(a, b):
    return order(a, b, "__le__", "__ge__", "<=")


def compare_gt(a, b):
    return order(a, b, "__gt__", "__lt__", ">")


def compare_ge(a, b):
    return order(a, b, "__ge__", "__le__", ">=")


def truth(x):
    if __kind(x) != 1:
        if x:
            return True
        return False
    t = htype(x)
    if t == 1 or t == 3 or t == 4 or t == 11 or t == 19 or t == 20:
        return __load(x, 1) != 0
    if t == 2:
        return __load(x, 0) >> 8 != 0
    if t == 10:
        return range_len(x) != 0
    if t == 18:
        return big_sign(x) != 0
    if __feature("float") and t == 21:
        return f_m(x) != 0
    if t == 6:
        m = dunder(x, "__bool__")
        if m is not __missing():
            r = m(x)
            if __kind(r) != 3:
                raise TypeError("__bool__ should return bool, returned " + type_name(r))
            return r
        m = dunder(x, "__len__")
        if m is not __missing():
            return len_result(m(x)) != 0
    return True


def unary_not(x):
    if truth(x):
        return False
    return True


def unary_op(x, name, sym):
    if __feature("float") and is_float(x):
        if sym is "-":
            return float_neg(x)
        if sym is "+":
            return x
    if is_num(x):
        if sym is "-":
            return big_neg(x)
        if sym is "+":
            return big_add(x, 0)
        return big_not(x)
    m = dunder(x, name)
    if m is not __missing():
        return m(x)
    raise TypeError("bad operand type for unary " + sym + ": '" + type_name(x) + "'")


def unary_neg(x):
    return unary_op(x, "__neg__", "-")


def unary_pos(x):
    return unary_op(x, "__pos__", "+")


def unary_invert(x):
    return unary_op(x, "__invert__", "~")


def len(x):
    t = htype(x)
    if t == 1 or t == 3 or t == 4 or t == 11 or t == 19 or t == 20:
        return __load(x, 1)
    if t == 2:
        return __load(x, 0) >> 8
    if t == 10:
        return range_len(x)
    if t == 12:
        return __load(__load(x, 1), 1)
    m = dunder(x, "__len__")
    if m is not __missing():
        return len_result(m(x))
    raise TypeError("object of type '" + type_name(x) + "' has no len()")


def len_result(r):
    # What a __len__ returned, checked as CPython checks it.
    if __kind(r) == 0 and r >= 0:
        return r
    if __kind(r) == 3:
        return r + 0
    if htype(r) == 18 and big_sign(r) > 0:
        return r
    if __kind(r) == 0 or htype(r) == 18:
        raise ValueError("__len__() should return >= 0")
    raise TypeError("'" + type_name(r) + "' object cannot be interpreted as an integer")


def getitem(x, i):
    # The common cases first: a list or a tuple, a small int index in range.
    if __kind(x) == 1 and __kind(i) == 0:
        h = __load(x, 0)
        t = h & 127
        if t == 3:
            n = __load(x, 1)
            j = i
            if j < 0:
                j = j + n
            if 0 <= j < n:
                return __load(__load(x, 2), 1 + j)
        elif t == 2:
            n = h >> 8
            j = i
            if j < 0:
                j = j + n
            if 0 <= j < n:
                return __load(x, 1 + j)
    t = htype(x)
    if t == 3:
        if htype(i) == 13:
            return slice_get(x, i)
        return list_get(x, i)
    if t == 1:
        if htype(i) == 13:
            return slice_get(x, i)
        return str_getitem(x, i)
    if t == 2:
        if htype(i) == 13:
            return slice_get(x, i)
        return __load(x, 1 + seq_index(__load(x, 0) >> 8, i, "tuple"))
    if t == 4:
        return dict_get(x, i)
    if t == 19 or t == 20:
        if htype(i) == 13:
            return slice_get(x, i)
        return seq_item(x, seq_index(__load(x, 1), i, ""))
    if t == 10:
        if htype(i) == 13:
            r = slice_range(range_len(x), i)
            step = __load(x, 3)
            return range_new(__load(x, 1) + __load(r, 1) * step, __load(x, 1) + __load(r, 2) * step, step * __load(r, 3))
        return __load(x, 1) + seq_index(range_len(x), i, "range object") * __load(x, 3)
    m = dunder(x, "__getitem__")
    if m is not __missing():
        return m(x, i)
    raise TypeError("'" + type_name(x) + "' object is not subscriptable")


def setitem(x, i, v):
    if __kind(x) == 1 and __kind(i) == 0 and (__load(x, 0) & 127) == 3:
        n = __load(x, 1)
        j = i
        if j < 0:
            j = j + n
        if 0 <= j < n:
            __store(__load(x, 2), 1 + j, v)
            return None
    t = htype(x)
    if t == 3:
        if htype(i) == 13:
            slice_set(x, i, v)
            return None
        list_set(x, i, v)
        return None
    if t == 4:
        dict_set(x, i, v)
        return None
    if __feature("bytes") and t == 20:
        if htype(i) == 13:
            slice_set(x, i, bytes_from(v, True))
            return None
        list_set(x, i, byte_value(v))
        return None
    m = dunder(x, "__setitem__")
    if m is not __missing():
        m(x, i, v)
        return None
    raise TypeError("'" + type_name(x) + "' object does not support item assignment")


def delitem(x, i):
    t = htype(x)
    if t == 3 or t == 20:
        if htype(i) == 13:
            slice_del(x, i)
            return None
        if __feature("bytes") and t == 20:
            list_pop(x, seq_index(__load(x, 1), i, "bytearray"))
            return None
        list_pop(x, seq_index(__load(x, 1), i, "list assignment"))
        return None
    if t == 4:
        if not dict_del(x, i):
            key_error(i)
        return None
    m = dunder(x, "__delitem__")
    if m is not __missing():
        m(x, i)
        return None
    raise TypeError("'" + type_name(x) + "' object doesn't support item deletion")


def contains(c, x):
    t = htype(c)
    if t == 1:
        if htype(x) != 1:
            raise TypeError("'in <string>' requires string as left operand, not " + type_name(x))
        return str_find(c, x, 0) >= 0
    if t == 4 or t == 11:
        return dict_lookup(c, x) is not __missing()
    if __feature("bytes") and (t == 19 or t == 20) and not is_intlike(x):
        if htype(x) != 19 and htype(x) != 20:
            raise TypeError("a bytes-like object is required, not '" + type_name(x) + "'")
        return str_find(bytes_as_str(c), bytes_as_str(x), 0) >= 0
    if t == 2 or t == 3 or t == 19 or t == 20:
        n = seq_len(c)
        i = 0
        while i < n:
            if eq(seq_item(c, i), x):
                return True
            i = i + 1
        return False
    m = dunder(c, "__contains__")
    if m is not __missing():
        return truth(m(c, x))
    if t == 6 or t == 10 or t == 12 or t == 9:
        it = iter(c)
        v = iternext(it)
        while v is not __missing():
            if eq(v, x):
                return True
            v = iternext(it)
        return False
    raise TypeError("argument of type '" + type_name(c) + "' is not iterable")
