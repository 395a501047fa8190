# fmt: f-strings with expressions, !r, nested quotes, braces
name = 'Ann'
n = 7
items = [1, 2]
print(f'hello {name}, n={n}, n*2={n * 2}')
print(f'{name!r} {items} {items[0]} {len(items)}')
print(f'{{}} {n}{n}')
print(f"{'x' + 'y'}")
print(f'{n > 3} {None}')
