# err: uncaught KeyError from a dict lookup inside a function
def lookup(d, k):
    return d[k]
d = {'a': 1}
print(lookup(d, 'a'))
print(lookup(d, 'missing'))
