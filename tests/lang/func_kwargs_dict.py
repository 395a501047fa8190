# **kwargs collects extra keyword arguments into a dict
def opts(**kwargs):
    return sorted(kwargs.items())
print(opts())
print(opts(b=2, a=1))
def tag(name, **attrs):
    parts = [name]
    for k in sorted(attrs):
        parts.append(k + "=" + str(attrs[k]))
    return "<" + " ".join(parts) + ">"
print(tag("br"))
print(tag("a", href="x", id=3))
def everything(a, b=0, *args, c=1, **kw):
    return (a, b, args, c, sorted(kw.items()))
print(everything(1))
print(everything(1, 2, 3, 4, c=5, d=6, e=7))
def kwlen(**kw):
    return len(kw)
print(kwlen(x=1, y=2, z=3))
