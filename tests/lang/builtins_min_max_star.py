# builtins: min(*args) and max(*args) with one argument take it as the
# iterable; with none they raise TypeError
print(min(*[[3, 1, 2]]), max(*["abc"]), max(*[4, 9]), min(*(5, 2, 7)))
print(max(*[[1, 5]], key=lambda x: -x), min(*[3, 8], key=lambda x: -x))
print(max(*[[]], default=0), list(zip(*[[1, 2]])), list(zip(*[])))
for f in (min, max):
    try:
        f(*[])
    except TypeError as e:
        print(e)
    try:
        f(*[[]])
    except ValueError as e:
        print(e)
