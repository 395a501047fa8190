# err: uncaught ZeroDivisionError at the bottom of a short recursion
def countdown(n):
    if n == 0:
        return 10 // n
    return countdown(n - 1)
print('go')
countdown(3)
