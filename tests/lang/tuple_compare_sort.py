# tuple: lexicographic comparison and sorting of tuples
pts = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pts))
print(sorted(pts, reverse=True))
print(max(pts), min(pts))
print((1, 'a') < (1, 'b'), (2,) > (1, 5), (1, 2) != (1, 2))
