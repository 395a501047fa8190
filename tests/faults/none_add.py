# TypeError: None + 1.
def nothing():
    pass

v = nothing()
w = v + 1
