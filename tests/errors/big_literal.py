# error: 2:5: does not fit in a small int; big ints are not supported yet
x = 1073741824
