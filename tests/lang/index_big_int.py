# Big int indexes and slice bounds: IndexError as CPython, with its messages.
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)


def setitem(lst, i):
    lst[i] = 1
    return lst


def delitem(lst, i):
    del lst[i]
    return lst


def insert(lst, i):
    lst.insert(i, 9)
    return lst


big = 2 ** 40
huge = 2 ** 70
t("list", lambda: [1, 2][big])
t("list neg", lambda: [1, 2][-big])
t("list huge", lambda: [1, 2][huge])
t("list neg huge", lambda: [1, 2][-huge])
t("pop", lambda: [1, 2].pop(big))
t("pop huge", lambda: [1, 2].pop(-huge))
t("str", lambda: "ab"[big])
t("str huge", lambda: "ab"[-huge])
t("tuple", lambda: (1, 2)[big])
t("range", lambda: range(5)[big])
t("range huge", lambda: range(5)[huge])
t("setitem", lambda: setitem([1, 2], big))
t("setitem huge", lambda: setitem([1, 2], huge))
t("delitem", lambda: delitem([1, 2], -big))
t("delitem huge", lambda: delitem([1, 2], -huge))
t("insert", lambda: insert([1, 2], big))
t("insert neg", lambda: insert([1, 2], -big))
t("slices", lambda: ([1, 2, 3][big:], [1, 2, 3][-huge:huge:2 ** 65], "abc"[1:2 ** 80], [1, 2, 3][::-big]))
l = [1, 2, 3]
l[big:] = [9]
print(l, (1, 2, 3)[-big:2], "abcdef"[huge:-huge:-2])
t("insert huge", lambda: insert([1, 2], 10 * 0x7FFFFFFFFFFFFFFF))
t("insert neg huge", lambda: insert([1, 2], -2 ** 63 - 1))
t("insert 2**63-1", lambda: insert([1, 2], 2 ** 63 - 1))
