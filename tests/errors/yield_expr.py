# error: 3:9: 'yield' inside a comprehension
def g():
    x = [(yield i) for i in range(3)]
    return x
