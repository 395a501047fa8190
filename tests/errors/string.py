# error: 2:5: a string is not supported
x = "hello"
