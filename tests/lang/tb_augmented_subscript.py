# An augmented assignment to a missing key underlines the subscript.
counts = {}
for ch in "abc":
    counts[ch] += 1
