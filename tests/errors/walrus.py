# error: 2:5: ':=' is not supported
if (n := 3):
    pass
