# Trap handlers (the processor's fast paths that failed) and the builtins
# that work on objects. A handler that cannot do the operation faults; the
# error is then reported for the instruction that trapped, with its operands.


def binary_add(a, b):
    if is_str(a) and is_str(b):
        return str_concat(a, b)
    if __kind(a) == 0 and __kind(b) == 0:
        __fault("overflow")
    __fault("binary_type")


def binary_mul(a, b):
    if is_str(a) and (__kind(b) == 0 or __kind(b) == 3):
        return str_repeat(a, b)
    if is_str(b) and (__kind(a) == 0 or __kind(a) == 3):
        return str_repeat(b, a)
    if __kind(a) == 0 and __kind(b) == 0:
        __fault("overflow")
    __fault("binary_type")


def compare_eq(a, b):
    if is_str(a) and is_str(b):
        return str_eq(a, b)
    return a is b


def compare_ne(a, b):
    if is_str(a) and is_str(b):
        return not str_eq(a, b)
    return a is not b


def ordering(a, b):
    if is_str(a) and is_str(b):
        return str_cmp(a, b)
    __fault("compare_type")


def compare_lt(a, b):
    return ordering(a, b) < 0


def compare_le(a, b):
    return ordering(a, b) <= 0


def compare_gt(a, b):
    return ordering(a, b) > 0


def compare_ge(a, b):
    return ordering(a, b) >= 0


def truth(x):
    if is_str(x):
        return __load(x, 1) != 0
    return True


def unary_not(x):
    if truth(x):
        return False
    return True


def len(x):
    if is_str(x):
        return __load(x, 1)
    __fault("no_len")


def getitem(x, i):
    if is_str(x):
        return str_getitem(x, i)
    __fault("not_subscriptable")
