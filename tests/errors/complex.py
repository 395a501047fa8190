# error: 2:5: a complex number is not supported
z = 1j
