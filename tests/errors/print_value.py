# error: 2:5: using 'print' as a value is not supported
p = print
