# err: failing assert with a message
x = 3
assert x == 3, 'fine'
assert x == 4, 'x should be 4 but is ' + str(x)
