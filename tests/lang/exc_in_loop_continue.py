# exc: handling errors inside a loop and continuing, counting failures
vals = ['1', 'x', '3', '', '-7', '4a']
good = []
bad = 0
for v in vals:
    try:
        good.append(int(v))
    except ValueError as e:
        bad += 1
        print('skip', repr(v), e)
print(good, bad)
