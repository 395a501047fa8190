# A word count with a dict and string methods.
text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs " * 8
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
