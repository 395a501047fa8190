# list: creation, indexing, negative indices, len, concatenation, repetition
a = [1, 2, 3]
b = [4, 5]
print(a, b, len(a), len(b))
print(a[0], a[-1], a[-3])
c = a + b
print(c, len(c))
print(a * 2, 2 * b, [] * 3, [0] * 0)
print([[1, 2], [3]], [])
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9])
print([1, 2] <= [1, 2], [3] >= [2, 100])
print(3 in a, 9 in a, 9 not in a)
print(bool([]), bool([0]))
