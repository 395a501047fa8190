# builtins: ord, chr, hash of ints/strs/tuples (equality only), id identity
print(ord('A'), ord('z'), chr(65), chr(0x41) == 'A', chr(8364))
print(hash(1) == 1, hash(-1) == -2, hash(0), hash(True) == hash(1))
print(hash('abc') == hash('ab' + 'c'), hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a == c)
print(type(hash('x')).__name__, type(id(a)).__name__)
