# generators combined with enumerate, zip, map, filter, reversed of list
def letters():
    for c in "gen":
        yield c
for i, c in enumerate(letters()):
    print(i, c)
for i, c in enumerate(letters(), 10):
    print(i, c)
print(list(map(str.upper, letters())))
print(list(filter(lambda c: c != "e", letters())))
print(list(reversed(list(letters()))))
print(dict(zip(letters(), range(3))))
