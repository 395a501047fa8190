# An exception while handling another: both tracebacks.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return fallback[s]


fallback = {}
print(parse("12"))
print(parse("zz"))
