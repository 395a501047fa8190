# fmt: the format() builtin and __format__ of ints/strs
print(format(42, 'x'), format(42, '08b'), format('ab', '>4'), format(7))
print(format(-5, '+'), format(1234, ','), repr(format('s', '')))
print(format(255, '#X'))
