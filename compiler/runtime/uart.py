# The console UART: input() and machine.UART(0). I/O port 10 gives the
# oldest byte of the receiver's 16-byte FIFO, or -1 when none waits; port 0
# sends a byte. A read in the cycle right after one that took a byte finds
# none (-1): a poll simply tries again.
#
# Bytes that UART.any() or a partial read took from the FIFO wait in the
# runtime's buffer (a list in word 5 of the state object), which every
# reader empties first. Word 4 is 1 once input() met EOT (Ctrl-D): the end
# of input, for good, as on a pipe.


def uart_buf():
    s = __state()
    q = __load(s, 5)
    if __kind(q) != 1:
        q = list_new(0)
        __store(s, 5, q)
    return q


def uart_drain():
    # The buffer, with every byte of the FIFO appended.
    q = uart_buf()
    b = __io_read(10)
    while b >= 0:
        list_append(q, b)
        b = __io_read(10)
    return q


def uart_next():
    # The next byte, waiting for it: the board's line has no end.
    q = __load(__state(), 5)
    if __kind(q) == 1 and __load(q, 1) > 0:
        return list_pop(q, 0)
    b = __io_read(10)
    while b < 0:
        b = __io_read(10)
    return b


def input0():
    s = __state()
    if __load(s, 4) == 0:
        buf = list_new(0)
        wide = False
        while True:
            b = uart_next()
            if b == 10:
                break
            if b == 4:
                __store(s, 4, 1)
                if __load(buf, 1) == 0:
                    break
                return input_str(buf, wide)
            if b >= 128:
                wide = True
            list_append(buf, b)
        if b == 10:
            return input_str(buf, wide)
    raise EOFError("EOF when reading a line")


def input_str(buf, wide):
    if wide:
        return decode(bytes_pack(buf, False), "utf-8")
    return str_from_list(buf)


def input(prompt):
    str_print(to_str(prompt))
    return input0()


def uart_new(args):
    # UART(id[, baudrate[, bits[, parity[, stop]]]]): the console's UART
    # only, as the board wires it (a missing value: the default).
    n = tuple_len(args)
    if n == 0 or __load(args, 1) is __missing():
        raise TypeError("function missing 1 required positional arguments")
    if n > 5:
        raise TypeError("function expected at most 5 arguments, got " + str(n))
    u = int_index(__load(args, 1))
    if u != 0:
        raise ValueError("UART(" + str(u) + ") doesn't exist")
    if uart_arg(args, 2, n) and __load(args, 2) != 115200:
        raise ValueError("UART(0) runs at 115200 baud only")
    if uart_arg(args, 3, n) and __load(args, 3) != 8:
        raise ValueError("UART(0) sends 8 bits only")
    if uart_arg(args, 4, n) and __load(args, 4) is not None:
        raise ValueError("UART(0) has no parity")
    if uart_arg(args, 5, n) and __load(args, 5) != 1:
        raise ValueError("UART(0) has 1 stop bit only")
    o = __alloc(22 + (1 << 8))
    __store(o, 1, 0)
    return o


def uart_arg(args, i, n):
    return i <= n and __load(args, i) is not __missing()


def uart_has(name):
    if name is "any":
        return True
    if name is "read":
        return True
    if name is "readline":
        return True
    if name is "readinto":
        return True
    if name is "write":
        return True
    return False


def uart_meth(o, name, args):
    # MicroPython's methods with a timeout of 0: a read returns what has
    # arrived, None when nothing has.
    n = tuple_len(args)
    if name is "any":
        return __load(uart_drain(), 1)
    if name is "read":
        k = -1
        if n > 0 and __load(args, 1) is not None:
            k = int_index(__load(args, 1))
        return uart_take(k, False)
    if name is "readline":
        return uart_take(-1, True)
    if name is "readinto":
        b = arg(args, 0)
        if htype(b) != 20:
            raise TypeError("object with buffer protocol required")
        k = __load(b, 1)
        if n > 1:
            j = int_index(__load(args, 2))
            if j < k:
                k = j
        r = uart_take(k, False)
        if r is None:
            return None
        i = 0
        while i < __load(r, 1):
            __store(__load(b, 2), 1 + i, __load(r, 2 + i))
            i = i + 1
        return i
    if name is "write":
        b = arg(args, 0)
        if htype(b) == 1:
            b = encode(b, "utf-8")
        if htype(b) != 19 and htype(b) != 20:
            raise TypeError("object with buffer protocol required")
        i = 0
        while i < seq_len(b):
            __io_write(0, seq_item(b, i))
            i = i + 1
        return i
    return __missing()


def uart_take(k, line):
    # Up to k bytes (all if k < 0; up to a newline if line) from the
    # buffer, as bytes, or None if none has arrived.
    q = uart_drain()
    m = __load(q, 1)
    if m == 0 or k == 0:
        if k == 0:
            return bytes_new(0)
        return None
    if k < 0 or k > m:
        k = m
    a = __load(q, 2)
    if line:
        j = 0
        while j < k and __load(a, 1 + j) != 10:
            j = j + 1
        if j < k:
            k = j + 1
    r = bytes_new(k)
    i = 0
    while i < k:
        __store(r, 2 + i, __load(a, 1 + i))
        i = i + 1
    while i < m:
        __store(a, 1 + i - k, __load(a, 1 + i))
        i = i + 1
    __store(q, 1, m - k)
    return r
