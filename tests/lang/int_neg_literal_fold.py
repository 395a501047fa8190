# Negated int literals are folded at compile time: the negation of the most
# negative small int and of a negative big literal are big ints.
print(-(-1073741824), -(-(-1073741824)), -(-100000000000000000000))
print(-(-(-100000000000000000000)), ---1073741825, -(-0x40000000))
x = -(-1073741824)
print(x, type(x).__name__, x - 1, -x, -(-1073741823))
if -(-100000000000000000000):
    print([-(-1073741824), -(-(-1073741825))])
