# loop: while loop popping from a list, building a list in a loop
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
acc = []
i = 0
while len(acc) < 5:
    acc.append(i * i)
    i += 1
print(acc)
q = [0]
for x in q:
    if x < 4:
        q.append(x + 1)
print(q)
