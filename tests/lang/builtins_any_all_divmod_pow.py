# builtins: any, all, divmod with negatives, pow with 2 and 3 arguments
print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any('a'), all(['', 'x']))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(pow(2, 10), pow(3, 4, 5), pow(7, 0, 3), pow(-2, 3), pow(5, 3, 7), pow(12345, 678, 1000))
print(2 ** 10, (-3) ** 3, 0 ** 0)
