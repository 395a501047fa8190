# fmt: nested/dynamic format specs in f-strings and str.format
w = 8
fill_n = 5
for v in [1, 22, 333]:
    print(f'[{v:>{w}}] [{v:0{fill_n}d}]')
print('[{:>{}}]'.format('x', 4))
print('[{0:{1}}]'.format('ab', 5))
