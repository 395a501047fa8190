# err: uncaught TypeError subscripting an int
def first(x):
    return x[0]
print(first([9]))
print(first(5))
