# loop: for/else and while/else with and without break
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while else ran', n)
while True:
    break
else:
    print('never')
print('done')
