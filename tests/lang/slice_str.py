# slice: string slicing including reversal and steps
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[20:]), s[-100:3])
print('racecar'[::-1] == 'racecar', 'hello'[1:-1])
