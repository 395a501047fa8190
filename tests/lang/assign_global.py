# assign: global statement and module-level state mutated in functions
counter = 0
items = []
def bump():
    global counter
    counter += 1
    items.append(counter)
for _ in range(3):
    bump()
print(counter, items)
def read_only():
    return counter * 10
print(read_only())
