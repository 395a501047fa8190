# del of a missing key.
seen = {1: "a"}
del seen[1]
del seen [2]
