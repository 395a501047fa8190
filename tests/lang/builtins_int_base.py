# builtins: int() with bases 2/8/16/36/0, hex, bin, oct including negatives
print(int('101', 2), int('777', 8), int('ff', 16), int('FF', 16), int('z', 36))
print(int('0x1f', 16), int('0b11', 0), int('0o17', 0), int('42', 0), int('-ff', 16))
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), oct(64), oct(-8))
print(int(True), int(-5), int('  12  '))
try:
    int('12', 2)
except ValueError as e:
    print('ValueError:', e)
