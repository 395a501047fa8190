# Caesar cipher encrypt/decrypt and brute-force
def shift(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)
msg = "Hello, World! Attack at dawn."
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
print(shift(msg, 29) == enc, shift(msg, -23) == enc)
secret = shift("the secret word", 11)
for k in range(26):
    cand = shift(secret, -k)
    if "secret" in cand:
        print("key", k, cand)
