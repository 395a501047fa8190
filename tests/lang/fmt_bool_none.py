# fmt: formatting bools and None with and without specs
print(f'{True} {False} {None}')
print(f'[{True:>6}] [{True:d}] [{False:5d}]')
print('{} {}'.format(True, None))
print('%s %d %r' % (False, True, None))
print(f'[{str(None):>6}]')
