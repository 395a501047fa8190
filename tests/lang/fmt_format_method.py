# fmt: str.format with positional, numbered, repeated fields and braces
print('{} + {} = {}'.format(1, 2, 3))
print('{1} {0} {1}'.format('a', 'b'))
print('{{literal}} {}'.format(9))
print('{!r} {!s}'.format('x', 'y'))
print('{0[1]} {0[0]}'.format(['a', 'b']))
print('{:>5}|{:<5}|{:^5}|'.format('r', 'l', 'c'))
print('{:05d} {:x} {:b} {:o}'.format(42, 255, 5, 64))
