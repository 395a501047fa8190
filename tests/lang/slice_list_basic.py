# slice: list slicing with start/stop/step, negatives, out-of-range bounds
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7], a[-5:-2])
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:], a[-100:2], a[3:3], a[::-3])
