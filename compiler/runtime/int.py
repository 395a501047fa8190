# The trap handlers of a program whose only objects are big ints: the
# linker installs them (as the handlers of the vectors named without the
# `int_` prefix) when the program's own code can overflow. A small int
# that overflows becomes a big int, as in CPython. An operand that is not
# an int stops the processor with the instruction's own fault, which the
# host reports with the trapping instruction's operands, as before.


def int_check(a, b):
    if not is_num(a) or not is_num(b):
        __fault("binary_type")


def int_binary_add(a, b):
    int_check(a, b)
    return big_add(a, b)


def int_binary_iadd(a, b):
    int_check(a, b)
    return big_add(a, b)


def int_binary_sub(a, b):
    int_check(a, b)
    return big_sub(a, b)


def int_binary_mul(a, b):
    int_check(a, b)
    return big_mul(a, b)


def int_binary_floordiv(a, b):
    int_check(a, b)
    if b == 0:
        __fault("zero_division")
    return __load(big_divmod_nz(a, b), 1)


def int_binary_mod(a, b):
    int_check(a, b)
    if b == 0:
        __fault("zero_division")
    return __load(big_divmod_nz(a, b), 2)


def int_shift_count(a, b):
    int_check(a, b)
    if b < 0:
        __fault("negative_shift")


def int_binary_lshift(a, b):
    int_shift_count(a, b)
    if is_big(b):
        if a == 0:
            return 0
        __fault("overflow")
    return big_shift(a, b)


def int_binary_rshift(a, b):
    int_shift_count(a, b)
    if is_big(b):
        if a < 0:
            return -1
        return 0
    return big_shift(a, -b)


def int_bitwise(a, b, op):
    int_check(a, b)
    return big_bitwise(a, b, op)


def int_binary_and(a, b):
    return int_bitwise(a, b, 7)


def int_binary_or(a, b):
    return int_bitwise(a, b, 8)


def int_binary_xor(a, b):
    return int_bitwise(a, b, 9)


def int_order(a, b):
    if not is_num(a) or not is_num(b):
        __fault("compare_type")
    return big_cmp(a, b)


def int_compare_lt(a, b):
    return int_order(a, b) < 0


def int_compare_le(a, b):
    return int_order(a, b) <= 0


def int_compare_gt(a, b):
    return int_order(a, b) > 0


def int_compare_ge(a, b):
    return int_order(a, b) >= 0


def int_compare_eq(a, b):
    if is_num(a) and is_num(b):
        return big_cmp(a, b) == 0
    return a is b


def int_compare_ne(a, b):
    return not int_compare_eq(a, b)


def int_unary_check(x):
    if not is_num(x):
        __fault("unary_type")


def int_unary_neg(x):
    int_unary_check(x)
    return big_neg(x)


def int_unary_pos(x):
    int_unary_check(x)
    return big_add(x, 0)


def int_unary_invert(x):
    int_unary_check(x)
    return big_not(x)


def int_truth(x):
    if is_big(x):
        return big_sign(x) != 0
    return True


def int_unary_not(x):
    return not int_truth(x)


def int_alloc(header):
    # As alloc, without exceptions: a full heap is the processor's fault.
    size = (header >> 8) + 1
    if __io_read(5) == 0:
        heap_init()
    else:
        gc_collect()
    if __io_read(4) + size > __io_read(5):
        __fault("out_of_memory")
    return __alloc(header)
