# Exceptions. `raise` calls do_raise, which records the traceback (the
# return addresses of every frame, outermost first) in the exception and
# unwinds to the newest handler with RAISE; with no handler it reports the
# exception: FAULT unhandled with (type name, str(exc), traceback) on top.
# Faults of the processor come here through the fault vector.


def has_handler():
    i = __io_read(7) - 1
    while i >= 0:
        if (__load_rstack(i) >> 15) == 1:
            return True
        i = i - 1
    return False


def traceback_here():
    n = __io_read(7)
    count = 0
    i = 0
    while i < n:
        if (__load_rstack(i) >> 15) != 1:
            count = count + 1
        i = i + 1
    t = __alloc(2 + (count << 8))
    i = 0
    k = 1
    while i < n:
        e = __load_rstack(i)
        f = e >> 15
        if f != 1:
            pc = e & 32767
            if f != 3:
                pc = pc - 1
            __store(t, k, pc)
            k = k + 1
        i = i + 1
    return t


def exc_normalize(exc):
    if htype(exc) == 5 and issubclass(exc, BaseException):
        return class_call(exc, ())
    if not isinstance(exc, BaseException):
        raise TypeError("exceptions must derive from BaseException")
    return exc


def do_raise(exc):
    exc = exc_normalize(exc)
    if getattr(exc, "__traceback__") is None:
        if __feature("handling"):
            exc_context(exc)
        setattr(exc, "__traceback__", traceback_here())
        raise_now(exc)
    reraise(exc)


def raise_now(exc):
    if not has_handler():
        unhandled(exc)
    __raise(exc)


def raise_from(exc, cause):
    exc = exc_normalize(exc)
    if cause is not None:
        cause = exc_normalize(cause)
    setattr(exc, "__cause__", cause)
    setattr(exc, "__suppress_context__", True)
    do_raise(exc)


def raise_in_handler(exc, context):
    # `raise` inside an except clause: the exception being handled is the
    # new one's context.
    exc = exc_normalize(exc)
    if exc is not context and getattr(exc, "__context__") is None:
        setattr(exc, "__context__", context)
    do_raise(exc)


def depth():
    # The number of frames below the caller of the caller.
    n = __io_read(7)
    k = 0
    i = 0
    while i < n:
        if (__load_rstack(i) >> 15) != 1:
            k = k + 1
        i = i + 1
    return k - 2


def exc_caught(exc):
    # A handler of the runtime library caught exc: its traceback starts at
    # the handler's frame; the program's handlers that exc left are no
    # longer handling theirs.
    k = depth()
    exc_trim(exc, k)
    if __feature("handling"):
        s = __state()
        __store(s, 2, handling_left(__load(s, 2), k, -1))


def exc_handled(exc, level):
    # A handler of the program caught exc. The exceptions being handled
    # are a chain of (exc, frame depth, level of the except clause in its
    # function, next) in the state object; the handlers that exc left are
    # no longer in it.
    k = depth()
    exc_trim(exc, k)
    s = __state()
    n = __alloc(2 + (4 << 8))
    __store(n, 1, exc)
    __store(n, 2, k)
    __store(n, 3, level)
    __store(n, 4, handling_left(__load(s, 2), k, level))
    __store(s, 2, n)


def exc_trim(exc, k):
    # The traceback of exc from frame k on.
    tb = getattr(exc, "__traceback__")
    if tb is not None and 0 < k < tuple_len(tb):
        setattr(exc, "__traceback__", tuple_from(slice_get(tb, slice_new(k, None, None))))


def handling_left(h, k, level):
    # Chain h without the handlers of frames deeper than k and those of
    # frame k from `level` on.
    while __kind(h) == 1 and (__load(h, 2) > k or (__load(h, 2) == k and __load(h, 3) >= level)):
        h = __load(h, 4)
    return h


def exc_done(level):
    # The caller's except clauses from `level` on are done.
    s = __state()
    __store(s, 2, handling_left(__load(s, 2), depth(), level))


def exc_context(exc):
    # A new exception raised while another is being handled: its context.
    h = __load(__state(), 2)
    k = depth()
    while __kind(h) == 1:
        if __load(h, 2) <= k:
            c = __load(h, 1)
            if c is not exc and getattr(exc, "__context__") is None:
                setattr(exc, "__context__", c)
            return None
        h = __load(h, 4)


def reraise(exc):
    # The frames above the one that raises again join the traceback.
    tb = getattr(exc, "__traceback__")
    k = depth()
    if tb is not None and k > 0:
        here = traceback_here()
        setattr(exc, "__traceback__", seq_concat(tuple_from(slice_get(here, slice_new(0, k, None))), tb))
    if not has_handler():
        unhandled(exc)
    __raise(exc)


def no_active_exception():
    raise RuntimeError("No active exception to reraise")


def exc_match(exc, c):
    if htype(c) == 2:
        i = 0
        while i < __load(c, 0) >> 8:
            if exc_match(exc, __load(c, 1 + i)):
                return True
            i = i + 1
        return False
    if htype(c) != 5 or not issubclass(c, BaseException):
        raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    return isinstance(exc, c)


def exc_str(e):
    a = getattr(e, "args")
    n = len(a)
    if n == 0:
        return ""
    if n == 1:
        if type_of(e) is KeyError or issubclass(type_of(e), KeyError):
            return repr(a[0])
        return str(a[0])
    return repr(a)


def unhandled(exc):
    __io_write(16, 0)
    __unhandled(report(exc))


def report(exc):
    # (type name, str(exc), traceback, chained): chained is None or
    # (1, report of the cause) or (2, report of the context).
    chain = None
    cause = getattr(exc, "__cause__")
    context = getattr(exc, "__context__")
    if cause is not None:
        chain = (1, report(cause))
    elif context is not None and not getattr(exc, "__suppress_context__"):
        chain = (2, report(context))
    tb = getattr(exc, "__traceback__")
    if tb is None:
        tb = ()
    return (__load(type_of(exc), 1), str(exc), tb, chain)


def raise_error(c, message):
    do_raise(class_call(c, (message,)))


def fault(x):
    # Fault vector: the processor could not execute an instruction. With
    # no handler to catch it, the processor reports the fault itself (its
    # message names the operands); otherwise it becomes an exception.
    # x: the fault code, and the instruction's operand above bit 5. This
    # frame starts right above the instruction's operands; x must stay its
    # only variable, so that the stack pointer read below is the frame's
    # start + 4 (x, the prologue's spare word, fault_at and x).
    if (x & 31) == 12:
        # The stack is nearly full: no call before the guard is off.
        if __io_read(16) == 0:
            __fault("stack_overflow")
        __io_write(16, 0)
    fault_at(x, __io_read(6) - 4)


def fault_at(x, fp):
    # fp: the data address just above the faulting instruction's operands.
    code = x & 31
    operand = x >> 5
    if code == 12:
        # The guard is off (fault turned it off).
        if not has_handler():
            __fault("stack_overflow")
        e = class_call(RecursionError, ("maximum recursion depth exceeded",))
        setattr(e, "__traceback__", traceback_here())
        __io_write(16, 1)
        __raise(e)
    if has_handler():
        if code == 5:
            raise ZeroDivisionError("integer division or modulo by zero")
        if code == 8:
            raise NameError("name '" + global_name(operand) + "' is not defined")
        if code == 9:
            raise UnboundLocalError("cannot access local variable '" + local_name(operand) + "' where it is not associated with a value")
        if code == 10:
            # CALL n: the callee is below its n arguments.
            raise TypeError("'" + type_name(__load_data(fp - 1 - operand)) + "' object is not callable")
        if code == 11:
            # A program without except clauses of its own cannot catch
            # the error: the processor reports it, with its message.
            if __feature("handling"):
                arity_error(operand, __load_data(fp - 1 - operand))
                raise TypeError("bad call")
            refault(code)
        if code == 13:
            raise AttributeError("object has no attribute")
        if code == 6:
            raise OverflowError("integer overflow")
        if code == 7:
            raise ValueError("negative shift count")
        if code == 15:
            raise ValueError("range() arg 3 must not be zero")
        if code == 14:
            raise ValueError("invalid pin or mode")
        if code == 2 or code == 3 or code == 4:
            raise TypeError("unsupported operand type(s)")
    refault(code)


def arity_error(n, f):
    # f called with n arguments takes another number of them.
    e = func_info(f)
    if e is not None:
        raise TypeError(__load(e, 5) + arity_message(__load(e, 3), __load(e, 6), n))


def func_info(f):
    # The record of function f (an immediate) in the program's names:
    # (start, end, local names, f, qualified name, number of parameters[,
    # docstring]), or None for a function of the runtime library.
    fs = __load(__debug_names(), 2)
    k = 0
    while k < tuple_len(fs):
        e = __load(fs, 1 + k)
        if __load(e, 4) is f:
            return e
        k = k + 1
    return None


def func_doc(e):
    return __load(e, 7)


def arity_message(names, want, n):
    # After the function's name, CPython's message for n positional
    # arguments to parameters names[:want].
    if n > want:
        return "() takes " + str(want) + " positional argument" + plural(want) + " but " + str(n) + plural_were(n) + " given"
    m = "() missing " + str(want - n) + " required positional argument" + plural(want - n) + ": "
    i = n
    while i < want:
        if i > n:
            if want - n > 2:
                m = m + ","
            if i < want - 1:
                m = m + " "
            else:
                m = m + " and "
        m = m + "'" + __load(names, 1 + i) + "'"
        i = i + 1
    return m


def refault(code):
    if code == 2:
        __fault("binary_type")
    if code == 3:
        __fault("compare_type")
    if code == 4:
        __fault("unary_type")
    if code == 5:
        __fault("zero_division")
    if code == 6:
        __fault("overflow")
    if code == 7:
        __fault("negative_shift")
    if code == 8:
        __fault("name_unbound")
    if code == 9:
        __fault("local_unbound")
    if code == 10:
        __fault("not_callable")
    if code == 11:
        __fault("arity")
    if code == 13:
        __fault("not_a_pin")
    if code == 14:
        __fault("bad_pin")
    if code == 15:
        __fault("range_step_zero")
    if code == 16:
        __fault("negative_power")
    if code == 18:
        __fault("out_of_memory")
    if code == 20:
        __fault("index")
    if code == 21:
        __fault("no_len")
    if code == 22:
        __fault("not_subscriptable")
    __fault("illegal")


def global_name(addr):
    g = __load(__debug_names(), 1)
    i = addr - 32
    if 0 <= i < tuple_len(g):
        return __load(g, 1 + i)
    return "?"


def local_name(slot):
    # The function of the faulting instruction: the newest fault trap entry.
    i = __io_read(7) - 1
    while i >= 0 and (__load_rstack(i) >> 15) < 3:
        i = i - 1
    pc = __load_rstack(i) & 32767
    fs = __load(__debug_names(), 2)
    k = 0
    while k < tuple_len(fs):
        f = __load(fs, 1 + k)
        if __load(f, 1) <= pc < __load(f, 2):
            names = __load(f, 3)
            if 0 <= slot < tuple_len(names):
                return __load(names, 1 + slot)
        k = k + 1
    return "?"
