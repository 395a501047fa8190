# list: deep equality, comparison of nested lists, list of lists sorting
x = [[1, 2], [1], [0, 5], [1, 1]]
print(sorted(x))
print(max(x), min(x))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] == [1, [2, 4]])
print(list('abc'), list((1, 2)), list(range(3)))
