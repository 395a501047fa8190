# str/repr/format of ints with , and x and other specs
n = 2 ** 64
print(str(n), repr(n))
print(format(n, ","), format(-1234567, ","), format(999, ","))
print(format(n, "x"), format(255, "x"), format(255, "X"), format(-255, "x"))
print(f"{n:,}", f"{10 ** 12:_}", f"{2 ** 100:x}")
print(f"{42:5d}|{42:<5}|{42:^6}|{42:05d}|{-42:+d}|{42:+d}")
print(f"{255:#x} {8:#o} {5:b} {5:#b} {5:08b}")
print(hex(2 ** 70), oct(64), bin(10), hex(-31))
print("{:,}".format(1234567890123456789012345))
print("%d %5d %-5d| %x" % (7, 42, 42, 255))
print(str(-(10 ** 25)), str(0), repr(-0))
