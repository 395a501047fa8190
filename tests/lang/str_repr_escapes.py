# str: repr of strings with quotes, escapes and non-ASCII characters
print(repr('plain'))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr('tab\tnew\nline\r\\'))
print(repr('\x00\x7f'))
print(repr('caf\u00e9 \u2603'))
print(repr(''))
