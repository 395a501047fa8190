# A comparison underlines the whole comparison.
limit = None
ok = 3 < limit
