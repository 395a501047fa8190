# Equality and ordering of strings: code points, then length.
words = "pear"
print(words == "pear", words != "pear", words == "peach")
print("apple" < "apricot", "b" > "abc", "ab" <= "ab", "ab" < "abc", "" < "a")
print("Z" < "a", "é" > "z", "a" >= "a")
x = "spam"
y = x
print(x is y, x == "sp" + "am")
print(1 == "1", "1" != 1, None == "")
print(1 < 2 < 3, "a" < "b" < "c", "a" < "c" < "b")
