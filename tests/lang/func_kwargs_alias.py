# Keyword arguments to a plain function called through another name.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


def user(a, b):
    return a - b


class K:
    def m(self, x, y):
        return x * 10 + y


g = user
h = K().m
fs = {"sub": user}
show(lambda: g(1, b=5))
show(lambda: g(b=1, a=5))
show(lambda: fs["sub"](a=9, b=1))
show(lambda: h(y=1, x=2))
show(lambda: g(1, c=2))
show(lambda: g(1, a=2))
show(lambda: g(c=2))
show(lambda: g())
show(lambda: g(1, 2, 3))
