# dict: counting words with get and with in-test
words = 'the cat and the dog and the bird'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
c2 = {}
for ch in 'mississippi':
    if ch in c2:
        c2[ch] += 1
    else:
        c2[ch] = 1
print(c2)
print(sorted(c2.items()))
