# Objects: types, attribute tables, classes, instances, calls.
#
# Heap types (the low 7 bits of a header, `pysm_isa::value::HeapType`):
# 1 str, 2 tuple, 3 list, 4 dict, 5 class, 6 instance, 7 bound method,
# 8 array, 9 iterator, 10 range. A class is [name, base or None, table,
# count] (the linker's builtin classes), or [name, base or None, table,
# count, init, epoch, name1, value1, name2, value2] (the program's: what
# `plain_init` found, None if not yet, and the last two names that
# `inst_method` looked up in the class, all valid while the classes'
# epoch, state word 8, is `epoch`); an instance [class, table, count, id]; an attribute table is an
# array of name, value pairs, searched by identity first (names written in
# the program are one static str each), then by equality.


def htype(x):
    # The heap type of a pointer, 0 for any other value.
    if __kind(x) != 1:
        return 0
    return __load(x, 0) & 127


def array_new(n):
    return __alloc(8 + (n << 8))


def array_cap(a):
    return __load(a, 0) >> 8


def table_find(t, count, name):
    # The index of name's value in table t, or 0. The linker makes one
    # static str per text, so a static name can equal only itself unless a
    # table holds a name made at run time (state word 3).
    end = 2 * count
    k = 1
    while k < end:
        if __load(t, k) is name:
            return k + 1
        k = k + 2
    if __kind(name) == 1 and __addr(name) < __heap_base() and __load(__state(), 3) == 0:
        return 0
    k = 1
    while k < end:
        if str_eq(__load(t, k), name):
            return k + 1
        k = k + 2
    return 0


def table_get(o, ti, name):
    # The value of `name` in the table at field ti of o (count at ti + 1).
    t = __load(o, ti)
    if t is None:
        return __missing()
    k = table_find(t, __load(o, ti + 1), name)
    if k == 0:
        return __missing()
    return __load(t, k)


def table_set(o, ti, name, v):
    t = __load(o, ti)
    count = __load(o, ti + 1)
    if t is not None:
        k = table_find(t, count, name)
        if k != 0:
            __store(t, k, v)
            return None
    if t is None:
        t = __alloc(8 + (4 << 8))
        __store(t, 3, None)
        __store(t, 4, None)
        __store(o, ti, t)
    elif 2 * count + 2 > array_cap(t):
        cap = 4 * count + 4
        nt = array_new(cap)
        t = __load(o, ti)
        i = 0
        while i < 2 * count:
            __store(nt, 1 + i, __load(t, 1 + i))
            i = i + 1
        while i < cap:
            __store(nt, 1 + i, None)
            i = i + 1
        __store(o, ti, nt)
        t = nt
    if __kind(name) == 1 and __addr(name) >= __heap_base():
        __store(__state(), 3, 1)
    __store(t, 1 + 2 * count, name)
    __store(t, 2 + 2 * count, v)
    __store(o, ti + 1, count + 1)


def table_del(o, ti, name):
    t = __load(o, ti)
    if t is None:
        return False
    count = __load(o, ti + 1)
    k = table_find(t, count, name)
    if k == 0:
        return False
    last = 2 * count - 1
    __store(t, k - 1, __load(t, last))
    __store(t, k, __load(t, last + 1))
    __store(o, ti + 1, count - 1)
    return True


def class_new(name, base):
    c = __alloc(5 + (10 << 8))
    __store(c, 1, name)
    __store(c, 2, base)
    __store(c, 3, None)
    __store(c, 4, 0)
    __store(c, 6, -1)
    class_cache_reset(c)
    return c


def class_cache_reset(c):
    # What a class of the program remembers, forgotten: a class table
    # changed (or it is new).
    __store(c, 5, None)
    __store(c, 6, __load(__state(), 8))
    __store(c, 7, None)
    __store(c, 8, None)
    __store(c, 9, None)
    __store(c, 10, None)


def classes_changed():
    # A class table changes: what `plain_init` remembered may be stale.
    s = __state()
    __store(s, 8, __load(s, 8) + 1)


def class_set(c, name, v):
    classes_changed()
    if __feature("descriptor"):
        # A property learns the name it is bound to (__set_name__).
        if htype(v) == 6 and __load(v, 1) is property:
            if table_get(v, 2, "__name__") is __missing():
                table_set(v, 2, "__name__", name)
    table_set(c, 3, name, v)


def class_lookup(c, name):
    while c is not None:
        v = table_get(c, 3, name)
        if v is not __missing():
            return v
        c = __load(c, 2)
    return __missing()


def next_id():
    s = __state()
    n = __load(s, 1) + 1
    __store(s, 1, n)
    return n


def instance_new(c):
    o = __alloc(6 + (4 << 8))
    __store(o, 1, c)
    __store(o, 2, None)
    __store(o, 3, 0)
    s = __state()
    n = __load(s, 1) + 1
    __store(s, 1, n)
    __store(o, 4, n)
    return o


def plain_init(c):
    # The __init__ of class c when calling c is only making an instance and
    # calling that plain function: a class of the program, no exception.
    # Else missing. A class of the program (2565: its header) remembers
    # the answer until a class table changes.
    if __load(c, 0) == 2565 and __load(c, 6) == __load(__state(), 8) and __load(c, 5) is not None:
        return __load(c, 5)
    if __addr(c) < __heap_base():
        return __missing()
    if __load(__state(), 3) == 0:
        init = class_find(c, "__init__")
    else:
        init = class_lookup(c, "__init__")
    if __kind(init) != 5:
        init = __missing()
    k = c
    while k is not None:
        if k is BaseException:
            init = __missing()
        k = __load(k, 2)
    if __load(c, 6) != __load(__state(), 8):
        class_cache_reset(c)
    __store(c, 5, init)
    return init


def method_new(f, self):
    m = __alloc(7 + (2 << 8))
    __store(m, 1, f)
    __store(m, 2, self)
    return m


def type_of(x):
    k = __kind(x)
    if k == 0:
        return int
    if k == 3:
        return bool
    if k == 2:
        return NoneType
    if k == 5:
        return function
    if k != 1:
        return object
    t = __load(x, 0) & 127
    if t == 6:
        return __load(x, 1)
    if t == 1:
        return str
    if t == 2:
        return tuple
    if t == 3:
        return list
    if t == 4:
        return dict
    if t == 5:
        return type
    if t == 7 or t == 14:
        return method
    if __feature("function") and t == 15:
        return function
    if __feature("generator") and t == 17:
        return generator
    if t == 18:
        return int
    if __feature("float") and t == 21:
        return float
    if __feature("bytes") and t == 19:
        return bytes
    if __feature("bytes") and t == 20:
        return bytearray
    if t == 13:
        return slice
    if t == 10:
        return range
    if __feature("set") and t == 11:
        return set
    if __feature("uart") and t == 22:
        return UART
    return object


def type_value(x):
    # type(x) for the program: the linker counts the classes that type_of
    # returns as used only when this function is linked.
    return type_of(x)


def type_name(x):
    if htype(x) == 9:
        return iter_name(x)
    return __load(type_of(x), 1)


def iter_name(it):
    # CPython's name of the type of a builtin iterator, for messages.
    t = htype(__load(it, 1))
    if __load(it, 2) < 0:
        return "iterator"
    if t == 3:
        return "list_iterator"
    if t == 2:
        return "tuple_iterator"
    if t == 1:
        return "str_ascii_iterator"
    if t == 10:
        return "range_iterator"
    if t == 4:
        return "dict_keyiterator"
    if t == 11:
        return "set_iterator"
    if t == 19:
        return "bytes_iterator"
    if t == 20:
        return "bytearray_iterator"
    return "object"


def issubclass(c, base):
    if htype(base) == 2:
        i = 0
        while i < __load(base, 0) >> 8:
            if issubclass(c, __load(base, 1 + i)):
                return True
            i = i + 1
        return False
    if htype(c) != 5:
        raise TypeError("issubclass() arg 1 must be a class")
    if htype(base) != 5:
        raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    if base is object:
        return True
    while c is not None:
        if c is base:
            return True
        if c is bool and base is int:
            return True
        c = __load(c, 2)
    return False


def isinstance(x, c):
    if htype(c) != 5 and htype(c) != 2:
        raise TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    return issubclass(type_of(x), c)


def callable(x):
    k = __kind(x)
    if k == 5:
        return True
    t = htype(x)
    if t == 5 or t == 7 or t == 14 or t == 15:
        return True
    if t == 6:
        return class_lookup(__load(x, 1), "__call__") is not __missing()
    return False


def attr_error(o, name):
    if htype(o) == 5:
        raise AttributeError("type object '" + __load(o, 1) + "' has no attribute '" + name + "'")
    raise AttributeError("'" + type_name(o) + "' object has no attribute '" + name + "'")


def class_doc(c):
    v = table_get(c, 3, "__doc__")
    if v is __missing():
        return None
    return v


def func_attr(f, name):
    # __name__, __qualname__ or __doc__ of function f, from the program's
    # names (missing for a function of the runtime library).
    if htype(f) == 7:
        f = __load(f, 1)
    if htype(f) == 15:
        f = __load(f, 1)
    e = func_info(f)
    if e is None:
        return __missing()
    if name is "__doc__":
        return func_doc(e)
    if name is "__name__":
        return short_name(__load(e, 5))
    return __load(e, 5)


def stop_value(e):
    # The value of StopIteration e: its first argument, or None.
    a = table_get(e, 2, "args")
    if len(a) == 0:
        return None
    return a[0]


def class_bases(c):
    if __load(c, 2) is None:
        if c is object:
            return ()
        return (object,)
    return (__load(c, 2),)


def class_mro(c):
    r = list_new(0)
    k = c
    while k is not None:
        list_append(r, k)
        k = __load(k, 2)
    if __load(r, 1) > 0 and list_get(r, -1) is not object:
        list_append(r, object)
    return tuple_from(r)


def getattr_or_missing(o, name):
    t = htype(o)
    if name is "__doc__":
        # Not inherited: the class's own docstring, or None.
        if t == 6:
            if __feature("descriptor"):
                if __load(o, 1) is property:
                    g = table_get(o, 2, "fget")
                    if g is not None:
                        return getattr(g, "__doc__")
            return class_doc(__load(o, 1))
        if t == 5:
            return class_doc(o)
    if t == 6:
        v = table_get(o, 2, name)
        if v is not __missing():
            return v
        v = class_lookup(__load(o, 1), name)
        if v is not __missing():
            if is_function(v):
                return method_new(v, o)
            if __feature("descriptor") and htype(v) == 6:
                return descr_get(v, o, __load(o, 1))
            return v
        if __feature("descriptor"):
            if __load(o, 1) is property:
                if name is "setter" or name is "getter" or name is "deleter":
                    return bm_new(prop_meth, o, name)
        if name is "__class__":
            return __load(o, 1)
        if name is "value":
            if isinstance(o, StopIteration):
                return stop_value(o)
        return v
    if t == 5:
        v = class_lookup(o, name)
        if v is not __missing():
            if __feature("descriptor") and htype(v) == 6:
                return descr_get(v, None, o)
            return v
        if name is "__name__" or name is "__qualname__":
            # Classes are top level only: the two are the same.
            return __load(o, 1)
        if name is "__bases__":
            return class_bases(o)
        if name is "__mro__":
            return class_mro(o)
        if __feature("class_attr") and __addr(o) < __heap_base():
            return class_attr(o, name)
        return v
    if name is "__class__":
        return type_value(o)
    if __kind(o) == 0 or __kind(o) == 3:
        if name is "real" or name is "numerator":
            return o + 0
        if name is "imag":
            return 0
        if name is "denominator":
            return 1
    if __feature("generator") and t == 17 and name is "__name__":
        return __load(o, 3)
    if t == 7:
        # A bound method.
        if name is "__func__":
            return __load(o, 1)
        if name is "__self__":
            return __load(o, 2)
    if name is "__name__" or name is "__qualname__" or name is "__doc__":
        # Of a function, a function object or a method.
        if __kind(o) == 5 or t == 7 or t == 15:
            return func_attr(o, name)
    if t == 13:
        if name is "start":
            return __load(o, 1)
        if name is "stop":
            return __load(o, 2)
        if name is "step":
            return __load(o, 3)
    if t == 10:
        if name is "start":
            return __load(o, 1)
        if name is "stop":
            return __load(o, 2)
        if name is "step":
            return __load(o, 3)
    if is_intlike(o):
        t = 18
    if not has_method(t, name):
        return __missing()
    return builtin_method(o, name)


def getattr(o, name):
    # An instance's own attribute first, found by identity (1030: the
    # header of an instance; its table is None only when its count is 0).
    if __kind(o) == 1 and __load(o, 0) == 1030:
        t = __load(o, 2)
        end = 2 * __load(o, 3)
        k = 1
        while k < end:
            if __load(t, k) is name:
                return __load(t, k + 1)
            k = k + 2
    v = getattr_or_missing(o, name)
    if v is __missing():
        attr_error(o, name)
    return v


def getattr3(o, name, default):
    if __feature("descriptor"):
        # A property's getter may raise AttributeError.
        try:
            v = getattr_or_missing(o, name)
        except AttributeError:
            return default
        if v is __missing():
            return default
        return v
    v = getattr_or_missing(o, name)
    if v is __missing():
        return default
    return v


def hasattr(o, name):
    if __feature("descriptor"):
        try:
            return getattr_or_missing(o, name) is not __missing()
        except AttributeError:
            return False
    return getattr_or_missing(o, name) is not __missing()


def setattr(o, name, v):
    if __kind(name) == 1 and __addr(name) < __heap_base():
        attr_store(o, name, v)
        return None
    setattr_slow(o, name, v)


def attr_store(o, name, v):
    # `o.name = v` with a static str name (the program's own stores).
    if __feature("descriptor"):
        # A property's setter goes first.
        setattr_slow(o, name, v)
        return None
    if __kind(o) == 1 and __load(o, 0) == 1030:
        # An instance's attribute, found by identity; a new one goes at the
        # end when identity decides (as in table_find) and there is room.
        t = __load(o, 2)
        count = __load(o, 3)
        end = 2 * count
        k = 1
        while k < end:
            if __load(t, k) is name:
                __store(t, k + 1, v)
                return None
            k = k + 2
        if __load(__state(), 3) == 0:
            if t is None:
                t = __alloc(8 + (4 << 8))
                __store(t, 3, None)
                __store(t, 4, None)
                __store(o, 2, t)
            if end + 2 <= (__load(t, 0) >> 8):
                __store(t, end + 1, name)
                __store(t, end + 2, v)
                __store(o, 3, count + 1)
                return None
    setattr_slow(o, name, v)


def setattr_slow(o, name, v):
    t = htype(o)
    if t == 6:
        if __feature("descriptor"):
            p = prop_of(o, name)
            if p is not None:
                s = table_get(p, 2, "fset")
                if s is None:
                    raise AttributeError("property '" + prop_name(p) + "' of '" + type_name(o) + "' object has no setter")
                apply(s, (o, v))
                return None
        table_set(o, 2, name, v)
        return None
    if t == 5:
        classes_changed()
        table_set(o, 3, name, v)
        return None
    raise AttributeError("'" + type_name(o) + "' object has no attribute '" + name + "'")


def delattr(o, name):
    t = htype(o)
    if __feature("descriptor") and t == 6:
        p = prop_of(o, name)
        if p is not None:
            d = table_get(p, 2, "fdel")
            if d is None:
                raise AttributeError("property '" + prop_name(p) + "' of '" + type_name(o) + "' object has no deleter")
            apply(d, (o,))
            return None
    if t == 6 and table_del(o, 2, name):
        return None
    if t == 5 and table_del(o, 3, name):
        classes_changed()
        return None
    attr_error(o, name)


def dunder(o, name):
    # A method defined by the class of instance `o`, or missing.
    if htype(o) != 6:
        return __missing()
    return class_lookup(__load(o, 1), name)


def apply(f, args):
    # Call f with the items of the tuple args.
    n = __load(args, 0) >> 8
    k = __kind(f)
    if k != 5:
        t = htype(f)
        if t == 7:
            return apply_self(__load(f, 1), __load(f, 2), args)
        if t == 5:
            return class_call(f, args)
        if __feature("function") and t == 15:
            return call_func(f, args)
        if t == 14:
            r = __load(f, 1)(__load(f, 2), __load(f, 3), args)
            if r is __missing():
                attr_error(__load(f, 2), __load(f, 3))
            return r
        if t == 6:
            m = dunder(f, "__call__")
            if m is not __missing():
                return apply_self(m, f, args)
        raise TypeError("'" + type_name(f) + "' object is not callable")
    if n == 0:
        return f()
    if n == 1:
        return f(__load(args, 1))
    if n == 2:
        return f(__load(args, 1), __load(args, 2))
    if n == 3:
        return f(__load(args, 1), __load(args, 2), __load(args, 3))
    if n == 4:
        return f(__load(args, 1), __load(args, 2), __load(args, 3), __load(args, 4))
    if n == 5:
        return f(__load(args, 1), __load(args, 2), __load(args, 3), __load(args, 4), __load(args, 5))
    if n == 6:
        return f(__load(args, 1), __load(args, 2), __load(args, 3), __load(args, 4), __load(args, 5), __load(args, 6))
    if n == 7:
        return f(__load(args, 1), __load(args, 2), __load(args, 3), __load(args, 4), __load(args, 5), __load(args, 6), __load(args, 7))
    if n == 8:
        return f(__load(args, 1), __load(args, 2), __load(args, 3), __load(args, 4), __load(args, 5), __load(args, 6), __load(args, 7), __load(args, 8))
    raise TypeError("too many arguments")


def apply_self(f, self, args):
    n = __load(args, 0) >> 8
    if __kind(f) != 5:
        return apply(f, tuple_prepend(self, args))
    if n == 0:
        return f(self)
    if n == 1:
        return f(self, __load(args, 1))
    if n == 2:
        return f(self, __load(args, 1), __load(args, 2))
    if n == 3:
        return f(self, __load(args, 1), __load(args, 2), __load(args, 3))
    if n == 4:
        return f(self, __load(args, 1), __load(args, 2), __load(args, 3), __load(args, 4))
    return apply(f, tuple_prepend(self, args))


def class_call(c, args):
    # args missing: make the instance only (keyword calls run __init__).
    if __addr(c) < __heap_base():
        # A builtin class: a static object of the image.
        b = builtin_new(c, args)
        if b is not __missing():
            return b
    o = instance_new(c)
    if issubclass(c, BaseException):
        if args is __missing():
            setattr(o, "args", ())
        else:
            setattr(o, "args", args)
        setattr(o, "__traceback__", None)
        setattr(o, "__cause__", None)
        setattr(o, "__context__", None)
        setattr(o, "__suppress_context__", False)
    if args is __missing():
        return o
    init = class_lookup(c, "__init__")
    if init is not __missing():
        r = apply_self(init, o, args)
        if r is not None:
            init_returned(r)
    elif (__load(args, 0) >> 8) != 0 and not issubclass(c, BaseException):
        raise TypeError(__load(c, 1) + "() takes no arguments")
    return o


def super_call(c, self, name, args):
    m = class_lookup(__load(c, 2), name)
    if m is __missing():
        if is_obj_meth(name):
            return super_obj(self, name, args)
        raise AttributeError("'super' object has no attribute '" + name + "'")
    if htype(m) == 6 or htype(self) == 5:
        # A descriptor, or a call in a classmethod.
        return apply(super_attr(c, self, name), args)
    return apply_self(m, self, args)


def super_attr(c, self, name):
    # super().name in a method of class c whose first argument is self.
    v = class_lookup(__load(c, 2), name)
    if v is __missing():
        if is_obj_meth(name):
            return bm_new(super_obj, self, name)
        raise AttributeError("'super' object has no attribute '" + name + "'")
    if htype(self) == 5:
        # In a classmethod: bound to the class, as C.name.
        if __feature("descriptor") and htype(v) == 6:
            return descr_get(v, None, self)
        return v
    if is_function(v):
        return method_new(v, self)
    if __feature("descriptor") and htype(v) == 6:
        return descr_get(v, self, __load(self, 1))
    return v


def is_obj_meth(name):
    # The methods of object (and BaseException) that super() finds.
    return name is "__init__" or name is "__str__" or name is "__repr__" or name is "__eq__" or name is "__ne__" or name is "__hash__"


def super_obj(self, name, args):
    # object's (or BaseException's) method name called on self.
    if name is "__init__":
        if isinstance(self, BaseException):
            setattr(self, "args", args)
        return None
    if name is "__str__":
        if isinstance(self, BaseException):
            return exc_str(self)
        return repr(self)
    if name is "__repr__":
        b = list_new(0)
        put_obj_repr(b, self)
        return str_from_list(b)
    if name is "__hash__":
        return __load(self, 4)
    o = arg(args, 0)
    if name is "__eq__":
        if o is self:
            return True
        return NotImplemented
    m = dunder(self, "__eq__")
    if m is __missing():
        r = super_obj(self, "__eq__", args)
    else:
        r = m(self, o)
    if r is NotImplemented:
        return r
    return not r


def inst_method(o, name):
    # What the class of instance o defines as name, when identity decides the
    # lookup (a static name, no names made at run time in any table) and o
    # has no attribute of that name itself; else missing.
    if __addr(name) >= __heap_base() or __load(__state(), 3) != 0:
        return __missing()
    t = __load(o, 2)
    end = 2 * __load(o, 3)
    k = 1
    while k < end:
        if __load(t, k) is name:
            return __missing()
        k = k + 2
    # A class of the program remembers its last two names (2565: its
    # header): this is every method call's path.
    c = __load(o, 1)
    if __load(c, 0) != 2565:
        return class_find(c, name)
    if __load(c, 6) != __load(__state(), 8):
        class_cache_reset(c)
    if __load(c, 7) is name:
        return __load(c, 8)
    if __load(c, 9) is name:
        return __load(c, 10)
    v = class_find(c, name)
    __store(c, 9, __load(c, 7))
    __store(c, 10, __load(c, 8))
    __store(c, 7, name)
    __store(c, 8, v)
    return v


def class_find(c, name):
    # class_lookup by identity alone: for a static name while no table
    # holds a name made at run time.
    while c is not None:
        t = __load(c, 3)
        end = 2 * __load(c, 4)
        k = 1
        while k < end:
            if __load(t, k) is name:
                return __load(t, k + 1)
            k = k + 2
        c = __load(c, 2)
    return __missing()


def callmethod0(o, name):
    if __kind(o) == 1 and __load(o, 0) == 1030:
        m = inst_method(o, name)
        if __kind(m) == 5:
            return m(o)
    m = dunder(o, name)
    if __kind(m) == 5 and table_get(o, 2, name) is __missing():
        return m(o)
    if htype(o) != 6:
        return call_builtin_method(o, name, ())
    return apply(getattr(o, name), ())


def callmethod1(o, name, a):
    if __kind(o) == 1 and __load(o, 0) == 1030:
        m = inst_method(o, name)
        if __kind(m) == 5:
            return m(o, a)
    m = dunder(o, name)
    if __kind(m) == 5 and table_get(o, 2, name) is __missing():
        return m(o, a)
    if htype(o) != 6:
        return call_builtin_method(o, name, (a,))
    return apply(getattr(o, name), (a,))


def callmethod2(o, name, a, b):
    if __kind(o) == 1 and __load(o, 0) == 1030:
        m = inst_method(o, name)
        if __kind(m) == 5:
            return m(o, a, b)
    m = dunder(o, name)
    if __kind(m) == 5 and table_get(o, 2, name) is __missing():
        return m(o, a, b)
    if htype(o) != 6:
        return call_builtin_method(o, name, (a, b))
    return apply(getattr(o, name), (a, b))


def meth_append(o, a):
    # o.append(a): 515 is the header of a list.
    if __kind(o) == 1 and __load(o, 0) == 515:
        n = __load(o, 1)
        arr = __load(o, 2)
        if n >= (__load(arr, 0) >> 8):
            arr = list_grow(o, n + (n >> 1) + 4)
        __store(arr, n + 1, a)
        __store(o, 1, n + 1)
        return None
    return callmethod1(o, "append", a)


def meth_get1(o, k):
    # o.get(k): 1028 is the header of a dict.
    if __kind(o) == 1 and __load(o, 0) == 1028:
        return dict_get2(o, k, None)
    return callmethod1(o, "get", k)


def meth_get2(o, k, d):
    if __kind(o) == 1 and __load(o, 0) == 1028:
        return dict_get2(o, k, d)
    return callmethod2(o, "get", k, d)


def callmethod3(o, name, a, b, c):
    return apply(getattr(o, name), (a, b, c))


def callmethod4(o, name, a, b, c, d):
    return apply(getattr(o, name), (a, b, c, d))


def init_returned(r):
    raise TypeError("__init__() should return None, not '" + type_name(r) + "'")


def call0(f):
    # The CALL trap: a class of the program or a function object with
    # exactly its positional parameters first, without an argument tuple.
    if __kind(f) == 1:
        t = __load(f, 0) & 127
        if t == 5:
            init = plain_init(f)
            if init is not __missing():
                o = instance_new(f)
                r = init(o)
                if r is not None:
                    init_returned(r)
                return o
        if __feature("function"):
            if t == 15 and __load(f, 6) is None and (__load(__load(f, 5), 0) >> 8) == 0:
                cl = __load(f, 3)
                if cl is None:
                    return __load(f, 1)()
                return __load(f, 1)(cl)
    return apply(f, ())


def call1(f, a):
    # The CALL trap: a class of the program or a function object with
    # exactly its positional parameters first, without an argument tuple.
    if __kind(f) == 1:
        t = __load(f, 0) & 127
        if t == 5:
            init = plain_init(f)
            if init is not __missing():
                o = instance_new(f)
                r = init(o, a)
                if r is not None:
                    init_returned(r)
                return o
        if __feature("function"):
            if t == 15 and __load(f, 6) is None and (__load(__load(f, 5), 0) >> 8) == 1:
                cl = __load(f, 3)
                if cl is None:
                    return __load(f, 1)(a)
                return __load(f, 1)(cl, a)
    return apply(f, (a,))


def call2(f, a, b):
    # The CALL trap: a class of the program or a function object with
    # exactly its positional parameters first, without an argument tuple.
    if __kind(f) == 1:
        t = __load(f, 0) & 127
        if t == 5:
            init = plain_init(f)
            if init is not __missing():
                o = instance_new(f)
                r = init(o, a, b)
                if r is not None:
                    init_returned(r)
                return o
        if __feature("function"):
            if t == 15 and __load(f, 6) is None and (__load(__load(f, 5), 0) >> 8) == 2:
                cl = __load(f, 3)
                if cl is None:
                    return __load(f, 1)(a, b)
                return __load(f, 1)(cl, a, b)
    return apply(f, (a, b))


def call3(f, a, b, c):
    # The CALL trap: a class of the program or a function object with
    # exactly its positional parameters first, without an argument tuple.
    if __kind(f) == 1:
        t = __load(f, 0) & 127
        if t == 5:
            init = plain_init(f)
            if init is not __missing():
                o = instance_new(f)
                r = init(o, a, b, c)
                if r is not None:
                    init_returned(r)
                return o
        if __feature("function"):
            if t == 15 and __load(f, 6) is None and (__load(__load(f, 5), 0) >> 8) == 3:
                cl = __load(f, 3)
                if cl is None:
                    return __load(f, 1)(a, b, c)
                return __load(f, 1)(cl, a, b, c)
    return apply(f, (a, b, c))


def call4(f, a, b, c, d):
    return apply(f, (a, b, c, d))


def call5(f, a, b, c, d, e):
    return apply(f, (a, b, c, d, e))


def call6(f, a, b, c, d, e, g):
    return apply(f, (a, b, c, d, e, g))


def call7(f, a, b, c, d, e, g, h):
    return apply(f, (a, b, c, d, e, g, h))


def callmethod_t(o, name, args):
    if htype(o) == 6:
        return apply(getattr(o, name), args)
    return call_builtin_method(o, name, args)


def unpack(v, n, star):
    # The values of v as a tuple of n, for `a, b = v` (star: the index of
    # a `*rest` target, which gets a list, or -1).
    if htype(v) == 2 and star < 0 and tuple_len(v) == n:
        return v
    if not iterable(v):
        raise TypeError("cannot unpack non-iterable " + type_name(v) + " object")
    lst = list_from(v)
    k = __load(lst, 1)
    if star < 0:
        if k < n:
            raise ValueError("not enough values to unpack (expected " + str(n) + ", got " + str(k) + ")")
        if k > n:
            raise ValueError("too many values to unpack (expected " + str(n) + ")")
        return tuple_from(lst)
    if k < n - 1:
        raise ValueError("not enough values to unpack (expected at least " + str(n - 1) + ", got " + str(k) + ")")
    t = tuple_new(n)
    i = 0
    while i < star:
        __store(t, 1 + i, list_get(lst, i))
        i = i + 1
    rest = list_new(0)
    while i < k - (n - 1 - star):
        list_append(rest, list_get(lst, i))
        i = i + 1
    __store(t, 1 + star, rest)
    j = star + 1
    while j < n:
        __store(t, 1 + j, list_get(lst, i))
        i = i + 1
        j = j + 1
    return t


def func_new(code, defaults, closure, name, names, spec):
    # spec: None, or (has *args, keyword-only names, their defaults
    # (missing: required), has **kwargs).
    f = __alloc(15 + (6 << 8))
    __store(f, 1, code)
    __store(f, 2, defaults)
    __store(f, 3, closure)
    __store(f, 4, name)
    __store(f, 5, names)
    __store(f, 6, spec)
    return f


def is_function(x):
    return __kind(x) == 5 or htype(x) == 15


def call_func(f, args):
    # A function object called with positional arguments.
    if __load(f, 6) is None and tuple_len(args) == tuple_len(__load(f, 5)) and __load(f, 3) is None:
        return apply(__load(f, 1), args)
    return apply(__load(f, 1), bind(f, args, (), ()))


def plural(n):
    if n == 1:
        return ""
    return "s"


def plural_were(n):
    if n == 1:
        return " was"
    return " were"


def missing_error(f, full, need, what):
    names = __load(f, 5)
    if what is "keyword-only":
        names = __load(__load(f, 6), 2)
    miss = list_new(0)
    i = 0
    while i < need:
        if __load(full, 1 + i) is __missing():
            list_append(miss, "'" + __load(names, 1 + i) + "'")
        i = i + 1
    k = __load(miss, 1)
    msg = __load(f, 4) + "() missing " + str(k) + " required " + what + " argument" + plural(k) + ": "
    if k == 1:
        raise TypeError(msg + list_get(miss, 0))
    last = " and " + list_pop(miss, -1)
    if k > 2:
        # CPython: 'a', 'b', and 'c'.
        last = "," + last
    raise TypeError(msg + str_join(", ", miss) + last)


def short_name(q):
    # The name of a function from its qualified name (f.<locals>.g: g).
    i = str_rfind(q, ".")
    if i < 0:
        return q
    return str_sub(q, i + 1, __load(q, 1))


def too_many(f, n, np, kwv):
    # CPython's TypeError for n positional arguments to f, which takes np;
    # kwv: its keyword-only arguments, missing where not given.
    d = __load(f, 2)
    takes = str(np)
    if d is not None and tuple_len(d) > 0:
        takes = "from " + str(np - tuple_len(d)) + " to " + str(np)
    given = str(n) + plural_were(n)
    kg = 0
    i = 0
    while i < tuple_len(kwv):
        if __load(kwv, 1 + i) is not __missing():
            kg = kg + 1
        i = i + 1
    if kg > 0:
        given = str(n) + " positional argument" + plural(n) + " (and " + str(kg) + " " + "keyword-only" + " argument" + plural(kg) + ")" + " were"
    raise TypeError(__load(f, 4) + "() takes " + takes + " positional argument" + plural(np) + " but " + given + " given")


def args_padded(args, np):
    # A tuple of np parameter values: the positional arguments, then
    # __missing() for those not given.
    n = tuple_len(args)
    full = tuple_new(np)
    i = 0
    while i < np:
        if i < n:
            __store(full, 1 + i, __load(args, 1 + i))
        else:
            __store(full, 1 + i, __missing())
        i = i + 1
    return full


def bind(f, args, kwnames, kwvalues):
    # The argument tuple of function object f's code: the closure, the
    # positional parameters, then *args, keyword-only ones and **kwargs.
    names = __load(f, 5)
    np = tuple_len(names)
    n = tuple_len(args)
    spec = __load(f, 6)
    varargs = False
    kwonly = ()
    kwdefaults = ()
    varkw = False
    if spec is not None:
        varargs = __load(spec, 1)
        kwonly = __load(spec, 2)
        kwdefaults = __load(spec, 3)
        varkw = __load(spec, 4)
    full = args_padded(args, np)
    nk = tuple_len(kwonly)
    kwv = tuple_new(nk)
    i = 0
    while i < nk:
        __store(kwv, 1 + i, __missing())
        i = i + 1
    extra = None
    if varkw:
        extra = dict_new()
    k = 0
    while k < tuple_len(kwnames):
        name = __load(kwnames, 1 + k)
        v = __load(kwvalues, 1 + k)
        j = 0
        while j < np and not str_eq(__load(names, 1 + j), name):
            j = j + 1
        if j < np:
            if __load(full, 1 + j) is not __missing():
                raise TypeError(__load(f, 4) + "() got multiple values for argument '" + name + "'")
            __store(full, 1 + j, v)
        else:
            j = 0
            while j < nk and not str_eq(__load(kwonly, 1 + j), name):
                j = j + 1
            if j < nk:
                __store(kwv, 1 + j, v)
            elif varkw:
                dict_set(extra, name, v)
            else:
                raise TypeError(__load(f, 4) + "() got an unexpected keyword argument '" + name + "'")
        k = k + 1
    if n > np and not varargs:
        too_many(f, n, np, kwv)
    d = __load(f, 2)
    nd = 0
    if d is not None:
        nd = tuple_len(d)
    i = 0
    while i < np:
        if __load(full, 1 + i) is __missing():
            if i < np - nd:
                missing_error(f, full, np - nd, "positional")
            __store(full, 1 + i, __load(d, 1 + i - (np - nd)))
        i = i + 1
    i = 0
    while i < nk:
        if __load(kwv, 1 + i) is __missing():
            __store(kwv, 1 + i, __load(kwdefaults, 1 + i))
        i = i + 1
    i = 0
    while i < nk:
        if __load(kwv, 1 + i) is __missing():
            missing_error(f, kwv, nk, "keyword-only")
        i = i + 1
    r = list_new(0)
    if __load(f, 3) is not None:
        list_append(r, __load(f, 3))
    list_extend(r, full)
    if varargs:
        rest = tuple_new(0)
        if n > np:
            rest = tuple_from(slice_get(args, slice_new(np, None, None)))
        list_append(r, rest)
    list_extend(r, kwv)
    if varkw:
        list_append(r, extra)
    return tuple_from(r)


def call_kw(f, args, kwnames, kwvalues):
    t = htype(f)
    if t == 7:
        return call_kw(__load(f, 1), tuple_prepend(__load(f, 2), args), kwnames, kwvalues)
    if t == 14:
        return bm_kw(f, args, kwnames, kwvalues)
    if t == 5:
        if __addr(f) < __heap_base():
            return builtin_class_kw(f, args, kwnames, kwvalues)
        init = class_lookup(f, "__init__")
        if init is __missing():
            raise TypeError(__load(f, 1) + "() takes no keyword arguments")
        o = class_call(f, __missing())
        call_kw(init, tuple_prepend(o, args), kwnames, kwvalues)
        return o
    if t == 6:
        m = dunder(f, "__call__")
        if m is not __missing():
            return call_kw(m, tuple_prepend(f, args), kwnames, kwvalues)
    if t != 15:
        if tuple_len(kwnames) == 0:
            return apply(f, args)
        if __kind(f) == 5:
            return call_imm_kw(f, args, kwnames, kwvalues)
        raise TypeError("keyword arguments are not supported for '" + type_name(f) + "' objects")
    return apply(__load(f, 1), bind(f, args, kwnames, kwvalues))


def call_ex(f, args, kw):
    # f(*args, **kw)
    names = tuple_from(view_new(kw, 0))
    values = tuple_from(view_new(kw, 1))
    return call_kw(f, tuple_from(args), names, values)


def callmethod_kw(o, name, args, kwnames, kwvalues):
    if htype(o) != 6 and htype(o) != 5:
        return builtin_meth_kw(o, name, args, kwnames, kwvalues)
    return call_kw(getattr(o, name), args, kwnames, kwvalues)


def descr_new(c, args):
    # property(fget, fset, fdel), staticmethod(f), classmethod(f):
    # instances of the builtin classes with their functions as attributes.
    n = tuple_len(args)
    o = instance_new(c)
    if c is property:
        if n > 3:
            raise TypeError("property() takes at most 3 arguments (" + str(n) + " given)")
        table_set(o, 2, "fget", descr_arg(args, 0))
        table_set(o, 2, "fset", descr_arg(args, 1))
        table_set(o, 2, "fdel", descr_arg(args, 2))
        return o
    if n != 1:
        raise TypeError(__load(c, 1) + " expected 1 argument, got " + str(n))
    table_set(o, 2, "__func__", __load(args, 1))
    return o


def descr_arg(args, i):
    if i < tuple_len(args):
        return __load(args, 1 + i)
    return None


def descr_get(v, o, c):
    # Class attribute v read through instance o (None: through class c).
    k = __load(v, 1)
    if k is staticmethod:
        return table_get(v, 2, "__func__")
    if k is classmethod:
        return method_new(table_get(v, 2, "__func__"), c)
    if k is property:
        if o is None:
            return v
        g = table_get(v, 2, "fget")
        if g is None:
            raise AttributeError("property '" + prop_name(v) + "' of '" + type_name(o) + "' object has no getter")
        return apply(g, (o,))
    return v


def prop_of(o, name):
    # The property that o's class has for name, or None.
    p = class_lookup(__load(o, 1), name)
    if htype(p) == 6 and __load(p, 1) is property:
        return p
    return None


def prop_name(p):
    n = table_get(p, 2, "__name__")
    if n is not __missing():
        return n
    for k in ("fget", "fset", "fdel"):
        f = table_get(p, 2, k)
        if f is not None:
            return getattr(f, "__name__")
    return "?"


def prop_meth(p, name, args):
    # p.setter(f), p.getter(f), p.deleter(f): a copy of p with f.
    f = arg(args, 0)
    g = table_get(p, 2, "fget")
    s = table_get(p, 2, "fset")
    d = table_get(p, 2, "fdel")
    if name is "getter":
        g = f
    elif name is "setter":
        s = f
    else:
        d = f
    return descr_new(property, (g, s, d))


def with_exit(m):
    # The bound __exit__ of the manager of a with statement, looked up on
    # its class with __enter__ before anything runs, as CPython 3.11.
    if htype(m) == 6:
        c = __load(m, 1)
        x = class_lookup(c, "__exit__")
        if class_lookup(c, "__enter__") is not __missing():
            if x is not __missing():
                return method_new(x, m)
            raise TypeError("'" + type_name(m) + "' object does not support the context manager protocol (missed __exit__ method)")
    raise TypeError("'" + type_name(m) + "' object does not support the context manager protocol")
