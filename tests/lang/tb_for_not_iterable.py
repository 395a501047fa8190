# A for loop over an int.
total = 0
for i in 10:
    total += i
