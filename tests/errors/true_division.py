# error: 2:5: true division '/' is not supported
x = 7 / 2
