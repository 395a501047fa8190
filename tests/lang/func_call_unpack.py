# calling with f(*list, **dict)
def f(a, b, c=0, d=0):
    return [a, b, c, d]
args = [1, 2]
kw = {"d": 4, "c": 3}
print(f(*args))
print(f(*args, **kw))
print(f(**{"a": 9, "b": 8}))
print(f(*[1, 2, 3, 4]))
print(f(1, *[2], **{"d": 7}))
print(f(*(5, 6), d=1))
print(f(*"xy"))
def g(*a, **k):
    return len(a), sorted(k)
print(g(*range(5), **{"z": 1, "y": 2}))
print(max(*[3, 7, 2]))
