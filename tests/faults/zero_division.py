# ZeroDivisionError inside a function called from the module.
def div(a, b):
    return a // b

x = 10
print(div(x, 2))
print(div(x, 0))
