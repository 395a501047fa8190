# The heap: bump allocation in hardware (ALLOC), and a copying collector
# (Cheney's algorithm) run from the ALLOC trap when the current semispace is
# full. The heap above the image's static objects is split into two
# semispaces of __heap_half() words; the allocation pointer and limit are
# the processor's heap ports (4 and 5). Every heap word is a tagged value,
# and an object's first word is its header, a small int
# `type | payload words << 8`; a copied object's header is replaced by the
# pointer to its copy.
#
# Roots: every data word below the stack pointer (trap vectors, globals,
# constants and the whole data stack). The collector's own frames hold only
# small ints, so rewriting them changes nothing. A word may be NULL (an
# unbound name), which no local may hold: it is tested in place.


def alloc(header):
    # Trap handler: ALLOC found no room for `header`'s object. The last
    # RESERVE words of a semispace are kept for raising MemoryError.
    size = (header >> 8) + 1
    if __io_read(5) == 0:
        heap_init()
    else:
        gc_collect()
    if __io_read(4) + size > __io_read(5):
        if not has_handler():
            __fault("out_of_memory")
        __io_write(5, __io_read(5) + 256)
        raise MemoryError()
    return __alloc(header)


def heap_init():
    # Before the first allocation: start in the lower semispace.
    base = __heap_base()
    __io_write(4, base)
    __io_write(5, base + __heap_half() - 256)


def copy_words(dst, d, src, s, n):
    # Words s .. s + n - 1 of object src to words d .. d + n - 1 of dst
    # (another object, or dst below src), four at a time through pointers
    # into the objects: a word costs a LOAD_FIELD and a STORE_FIELD, not
    # two index computations. Nothing here allocates, so the collector
    # never sees these pointers.
    p = __ptr(__addr(src) + s)
    q = __ptr(__addr(dst) + d)
    while n >= 4:
        __store(q, 0, __load(p, 0))
        __store(q, 1, __load(p, 1))
        __store(q, 2, __load(p, 2))
        __store(q, 3, __load(p, 3))
        p = __ptr(__addr(p) + 4)
        q = __ptr(__addr(q) + 4)
        n = n - 4
    if n >= 2:
        __store(q, 0, __load(p, 0))
        __store(q, 1, __load(p, 1))
        if n == 3:
            __store(q, 2, __load(p, 2))
    elif n == 1:
        __store(q, 0, __load(p, 0))


def fill_words(dst, d, x, n):
    # Words d .. d + n - 1 of dst set to x, eight at a time through a
    # pointer (see copy_words).
    q = __ptr(__addr(dst) + d)
    while n >= 8:
        __store(q, 0, x)
        __store(q, 1, x)
        __store(q, 2, x)
        __store(q, 3, x)
        __store(q, 4, x)
        __store(q, 5, x)
        __store(q, 6, x)
        __store(q, 7, x)
        q = __ptr(__addr(q) + 8)
        n = n - 8
    k = 0
    while k < n:
        __store(q, k, x)
        k = k + 1


def gc_copy(w):
    # The to-space copy of `w`, a pointer into from-space.
    h = __load(w, 0)
    if __kind(h) == 1:
        return h
    new = __alloc(h)
    copy_words(new, 1, w, 1, h >> 8)
    __store(w, 0, new)
    return new


def gc_collect():
    base = __heap_base()
    half = __heap_half()
    if __io_read(4) <= base + half:
        lo = base
        to = base + half
    else:
        lo = base + half
        to = base
    hi = lo + half
    __io_write(4, to)
    __io_write(5, to + half - 256)
    # hash's memo (state words 6 and 7) would keep its str alive.
    if __feature("hash"):
        __store(__state(), 6, 0)
    # The image's static objects (classes, state) may hold pointers too;
    # they lie back to back from word 1. Strs, tuples, big ints, bytes and
    # floats never change, so theirs point to static objects only.
    a = 1
    while a < base:
        p = __ptr(a)
        h = __load(p, 0)
        n = h >> 8
        t = h & 127
        if t != 1 and t != 2 and t != 18 and t != 19 and t != 21:
            i = 1
            while i <= n:
                w = __load(p, i)
                if __kind(w) == 1 and lo <= __addr(w) < hi:
                    __store(p, i, gc_copy(w))
                i = i + 1
        a = a + n + 1
    top = __io_read(6)
    a = 0
    while a < top:
        if __kind(__load_data(a)) == 1 and lo <= __addr(__load_data(a)) < hi:
            __store_data(a, gc_copy(__load_data(a)))
        a = a + 1
    scan = to
    while scan < __io_read(4):
        p = __ptr(scan)
        n = __load(p, 0) >> 8
        i = 1
        while i <= n:
            if __kind(__load(p, i)) == 1 and lo <= __addr(__load(p, i)) < hi:
                __store(p, i, gc_copy(__load(p, i)))
            i = i + 1
        scan = scan + n + 1


def gc_mem_free():
    if __io_read(5) == 0:
        heap_init()
    return __io_read(5) - __io_read(4)


def gc_mem_alloc():
    if __io_read(5) == 0:
        return 0
    base = __heap_base()
    if __io_read(4) >= base + __heap_half():
        base = base + __heap_half()
    return __io_read(4) - base


def gc_nothing():
    return None


def gc_collect_now():
    if __io_read(5) == 0:
        heap_init()
    else:
        gc_collect()


def mp_ignore(x):
    return None


def mp_opt_level():
    return 0


def mp_stack_use():
    # Bytes of the data memory below the stack pointer (globals included).
    return __io_read(6) * 4


def mp_mem_info():
    # MicroPython's summary lines, in bytes: the data memory as the stack,
    # the heap's usable half as the GC's total.
    free = gc_mem_free()
    used = gc_mem_alloc()
    print("stack: " + str(mp_stack_use()) + " out of 4096\nGC: total: " + str((free + used) * 4) + ", used: " + str(used * 4) + ", free: " + str(free * 4) + "\n")
