# UnboundLocalError: the local is assigned later in the function.
total = 5

def f():
    total = total + 1
    return total

f()
