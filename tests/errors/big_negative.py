# error: 2:5: does not fit in a small int
x = -1073741825
