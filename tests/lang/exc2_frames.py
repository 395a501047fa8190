# exceptions crossing several function frames with finally in each
def a(x):
    try:
        return b(x) + 1
    finally:
        print("a finally")
def b(x):
    try:
        return c(x) * 2
    finally:
        print("b finally")
def c(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x
print(a(3))
try:
    a(-1)
except ValueError as e:
    print("caught at top:", e)
