# fault: overflow lines: 8 4
# OverflowError (PySM only): a product past 2**30 - 1.
def grow(v):
    return v * 2

x = 1
while True:
    x = grow(x)
