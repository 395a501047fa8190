# Computes before reading, so the first bytes wait in the receiver's FIFO
# and the host holds the rest (more than 16 bytes: flow control); then
# sums the numbers of every line until end of input.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


# About 100,000 cycles: 16 frames are 23,440.
s = 0
for i in range(1500):
    s += i * i
print(fib(60) % 1000, s)
total = 0
lines = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    lines += 1
    for w in line.split(","):
        total += int(w)
print(lines, total)
