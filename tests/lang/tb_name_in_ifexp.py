# A name error inside a conditional expression.
def pick(flag):
    return 1 if flag else fallback


print(pick(True))
print(pick(False))
