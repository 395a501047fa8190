# fmt: !r and !s conversions in f-strings with width, repr of containers
s = 'hi'
lst = ['a', 1]
print(f'[{s!r}] [{s!r:>8}] [{s!s:>4}] [{lst!r}] [{lst}]')
print(f'{lst!s}')
print('{!r:^10}|'.format(s))
