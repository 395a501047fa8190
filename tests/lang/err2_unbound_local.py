# uncaught UnboundLocalError from a function reading a local before assignment
total = 5
def add(n):
    print("adding", n)
    total = total + n
    return total
print(add(1))
