# error: 2:1: the builtin 'exec' is not supported
exec("x = 1")
