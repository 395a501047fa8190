# str: ord/chr round trip and building strings by concatenation
out = ''
for i in range(65, 71):
    out += chr(i)
print(out)
print([ord(c) for c in 'aZ09 '])
print(chr(0x263A), ord('\u00e9'), chr(97) + chr(98))
