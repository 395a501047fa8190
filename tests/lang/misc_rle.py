# run-length encoding and decoding
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)
def decode(s):
    out = []
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = encode(s)
    print(repr(s), e, decode(e) == s)
def rle_pairs(xs):
    res = []
    for x in xs:
        if res and res[-1][0] == x:
            res[-1][1] += 1
        else:
            res.append([x, 1])
    return res
print(rle_pairs([1, 1, 2, 3, 3, 3, 1]))
