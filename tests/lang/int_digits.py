# converting big ints to digit lists and back, palindromes, digit sums
n = 2 ** 200
digits = []
m = n
while m:
    digits.append(m % 10)
    m //= 10
digits.reverse()
print(len(digits), digits[:10])
back = 0
for d in digits:
    back = back * 10 + d
print(back == n)
print(str(n)[::-1][:12])
def is_pal(v):
    s = str(v)
    return s == s[::-1]
print(is_pal(12321), is_pal(10 ** 20 + 1), is_pal(2 ** 64))
total = 0
for c in str(3 ** 300):
    total += int(c)
print(total)
