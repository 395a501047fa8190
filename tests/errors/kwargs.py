# error: 2:9: **kwargs is not supported
def f(**kw):
    pass
