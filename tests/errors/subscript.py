# error: 3:9: a slice is not supported
x = "hello"
print(x[1:3])
