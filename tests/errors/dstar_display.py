# error: 2:8: ** in a dict display is not supported
d = {**{}}
