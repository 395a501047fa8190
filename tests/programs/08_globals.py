# Globals and the global statement; locals shadow globals.
counter = 0

def bump(by):
    global counter
    counter = counter + by
    return counter

def shadow():
    counter = 100
    return counter

bump(3)
bump(4)
print(counter, shadow(), counter)

def read_only():
    return counter * 2

print(read_only())

def set_new():
    global fresh
    fresh = 42

set_new()
print(fresh)
