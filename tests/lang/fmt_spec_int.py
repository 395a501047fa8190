# fmt: format specs for ints: d x X o b c with width, fill, alignment, sign
n = 42
print(f'[{n:d}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{65:c}]')
print(f'[{n:8d}] [{n:<8d}] [{n:^8d}] [{n:>8d}]')
print(f'[{n:*^9}] [{n:_<6}] [{n:0>6}]')
print(f'[{n:+d}] [{-n:+d}] [{n: d}] [{-n: d}] [{n:-d}]')
print(f'[{-n:=8d}] [{-n:0=8d}] [{n:+=8}]')
print(f'[{n:#x}] [{n:#o}] [{n:#b}] [{n:#010x}]')
print(f'[{-n:x}] [{-n:b}] [{0:b}]')
