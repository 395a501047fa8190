# err: uncaught ZeroDivisionError from % inside a loop in a function
def rem(vals, d):
    out = []
    for v in vals:
        out.append(v % d)
    return out
print(rem([5, 6], 4))
print(rem([5, 6], 0))
