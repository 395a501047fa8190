# fmt: a small aligned table built with format specs
rows = [('apple', 3, 120), ('kiwi', 12, 45), ('banana', 100, 7)]
print(f'{"name":<8}|{"qty":>5}|{"cents":>7}')
print('-' * 22)
for name, qty, cents in rows:
    print(f'{name:<8}|{qty:>5}|{cents:>7,}')
print('%-8s|%5d|%7d' % ('total', 115, 172))
