# greedy word wrapping and justified text
text = "the quick brown fox jumps over the lazy dog and keeps running far away from the farm"
def wrap(words, width):
    lines = []
    cur = []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text.split(), 20):
    s = " ".join(line)
    print("|" + s.ljust(20) + "|", "|" + s.center(22, ".") + "|")
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for line in wrap(text.split(), 24):
    print("[" + justify(line, 24) + "]")
