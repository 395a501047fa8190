# binary search returning index or insertion point
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1), steps
data = list(range(0, 100, 3))
for t in [0, 3, 51, 99, 98, -1, 100]:
    print(t, bsearch(data, t))
big = [2 ** i for i in range(80)]
print(bsearch(big, 2 ** 64), bsearch(big, 2 ** 64 + 1))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(isqrt(10 ** 40), isqrt(2 ** 101), isqrt(15))
