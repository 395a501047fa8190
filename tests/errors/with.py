# error: 2:1: a with statement is not supported
with x:
    pass
