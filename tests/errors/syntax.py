# error: 2:8: invalid syntax
x = 1 +

