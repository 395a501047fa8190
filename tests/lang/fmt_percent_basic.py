# fmt: %-formatting with %d %s %r %x %o %c %% and tuples
print('%d items' % 5)
print('%s and %s' % ('a', 'b'))
print('%r %r' % ('q', 3))
print('%x %X %o' % (255, 255, 8))
print('%c%c' % (72, 'i'))
print('100%% sure, %d%%' % 50)
print('%s' % [1, 2], '%s' % (None,), '%s' % True)
print('%d' % True, '%d' % -12)
