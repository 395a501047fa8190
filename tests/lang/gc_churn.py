# Total allocation far beyond the heap, small live data.
keep = "start"
total = 0
i = 0
while i < 3000:
    s = "x" * 200
    t = s + keep
    total = total + len(t)
    if i % 500 == 0:
        keep = "k" + keep[0]
    i = i + 1
print(total, keep)
