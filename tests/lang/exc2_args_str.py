# exception objects' args, str() and repr()
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
e1 = KeyError("k")
print(e1.args, str(e1), repr(e1))
e2 = Exception()
print(e2.args, repr(str(e2)), repr(e2))
e3 = RuntimeError("only")
print(str(e3), repr(e3))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code
try:
    raise MyErr(7)
except MyErr as m:
    print(m.code, m.args, str(m), repr(m))
class WithStr(Exception):
    def __str__(self):
        return "custom text"
print(str(WithStr("x")), WithStr("x").args)
print(type(e).__name__, isinstance(e, Exception))
