# fmt: format specs for strings: width, fill, alignment, precision (truncation)
s = 'hello'
print(f'[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:^11}]')
print(f'[{s:.3}] [{s:10.2}] [{s:>8.4}] [{s:*^9.1}]')
print(f'[{s:s}] [{s:3}] [{"":5}]')
print('[{:-^7s}]'.format('ab'))
