# error: 2:10: iterating over anything but range() is not supported
for i in 5:
    pass
