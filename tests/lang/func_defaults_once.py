# default values are evaluated once at def time, including mutable defaults
counter = [0]
def make_default():
    counter[0] += 1
    return counter[0]
def f(x=make_default()):
    return x
print(f(), f(), f(5), counter[0])
def append_to(item, acc=[]):
    acc.append(item)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, acc=None):
    if acc is None:
        acc = []
    acc.append(item)
    return acc
print(safe_append(1), safe_append(2))
n = 10
def g(a=n):
    return a
n = 20
print(g())
def h(d={}):
    d[len(d)] = len(d) * 2
    return d
h(); h()
print(h())
