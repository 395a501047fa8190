# error: 2:1: a try statement is not supported
try:
    pass
except:
    pass
