# Indexing, len, concatenation and repetition.
s = "Python"
i = 0
out = ""
while i < len(s):
    out = out + s[i] + s[-1 - i]
    i = i + 1
print(out, len(out))
print(s[0] * 3, 2 * "ab", "x" * 0 == "", "-" * -1 == "")
print(s[True], len(""), len("é✓"))
