# assign: UnboundLocalError when a local is read before assignment, caught
g = 1
def f():
    try:
        print(g)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    g = 2
    return g
print(f(), g)
