# str: center, ljust, rjust, zfill
print('[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7, '*') + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']')
print('42'.zfill(5), '-42'.zfill(5), 'abc'.zfill(2))
