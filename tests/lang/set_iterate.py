# set: iterating over a set of small ints and summing
s = {10, 20, 30}
total = 0
for x in s:
    total += x
print(total, sum(s), max(s), min(s), len(s))
print(sorted(s, reverse=True))
