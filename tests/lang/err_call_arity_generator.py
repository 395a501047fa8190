# err: uncaught TypeError of a call with too few arguments inside a generator, in a program without except clauses
def pair(a, b):
    return (a, b)


def pairs(n):
    for i in range(n):
        yield pair(i)


for p in pairs(3):
    print(p)
