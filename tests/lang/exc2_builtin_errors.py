# common builtin errors caught and printed
tests = []
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("key", lambda: {"a": 1}["b"])
attempt("index", lambda: [1, 2, 3][10])
attempt("attr", lambda: (5).nope)
attempt("type", lambda: "a" + 1)
attempt("type2", lambda: len(5))
attempt("value", lambda: int("abc"))
attempt("zero", lambda: 5 // 0)
attempt("zero2", lambda: 5 % 0)
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("name", lambda: undefined_name)
attempt("tuple idx", lambda: (1,)[5])
attempt("str idx", lambda: "abc"[9])
attempt("list remove", lambda: [1].remove(2))
attempt("ok", lambda: 1)
