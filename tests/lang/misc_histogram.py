# text histogram of word and letter frequencies
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away quick quick"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
width = max(len(w) for w, _ in top)
for w, c in top:
    print(w.ljust(width), "#" * c, c)
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
for ch in sorted(letters)[:6]:
    print(ch, "*" * letters[ch])
print(len(counts), sum(counts.values()))
