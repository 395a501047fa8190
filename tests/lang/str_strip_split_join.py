# str: strip/lstrip/rstrip, split with and without separator, join
s = '  padded  '
print('[' + s.strip() + ']', '[' + s.lstrip() + ']', '[' + s.rstrip() + ']')
print('xxhixx'.strip('x'), '--a-b--'.lstrip('-'), 'abc!!'.rstrip('!'))
print('a b  c\td\n'.split())
print('a,b,,c'.split(','))
print('a,b,c'.split(',', 1))
print(''.split(), ''.split(','))
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([]))
print('a\nb\nc'.splitlines())
