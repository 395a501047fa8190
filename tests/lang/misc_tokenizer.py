# a small tokenizer for arithmetic expressions with identifiers
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("NUM", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("ID", src[i:j]))
            i = j
        elif src[i:i + 2] in ("==", "<=", ">=", "**"):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()<>=":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError("bad char " + repr(c))
    return tokens
for t in tokenize("x_1 = 42 + foo*(7 ** 2) <= 300"):
    print(t)
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("error:", e)
