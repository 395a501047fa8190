# err: exception raised in an except handler (chained traceback), uncaught
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError('cannot parse ' + repr(s))
print(parse('7'))
parse('seven')
