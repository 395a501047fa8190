# *args collects extra positional arguments into a tuple
def total(*args):
    return (len(args), sum(args))
print(total())
print(total(1))
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))
def show(*args):
    print(type(args).__name__, args)
show()
show("a", [1], (2,))
def maxof(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(maxof(3, 9, 2), maxof(-1))
