# Indexing past the end of a string.
word = "pysm"
print(word[3], word[-4])
print(word[len(word)])
