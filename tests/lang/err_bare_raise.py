# err: bare raise inside an except re-raises the original KeyError uncaught
def f():
    try:
        {}['inner']
    except KeyError:
        print('logging and re-raising')
        raise
f()
