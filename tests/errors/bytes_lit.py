# error: 2:5: bytes is not supported
x = b"a"
