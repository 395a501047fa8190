# list: sort with a named key function and stability
def neg(x):
    return -x
def second(p):
    return p[1]
a = [5, 2, 8, 1]
a.sort(key=neg)
print(a)
pairs = [('a', 2), ('b', 1), ('c', 2), ('d', 0)]
pairs.sort(key=second)
print(pairs)
pairs.sort(key=second, reverse=True)
print(pairs)
words = ['pear', 'fig', 'apple', 'kiwi']
words.sort(key=len)
print(words)
words.sort()
print(words)
