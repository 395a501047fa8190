# builtins: print with sep and end, no args, many args
print()
print(1, 2, 3, sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' continued')
print(1, 2, sep=', ', end='!\n')
print('x', end='')
print()
