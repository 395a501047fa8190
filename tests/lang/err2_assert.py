# uncaught AssertionError from a failing assert inside a function
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], "not sorted at " + str(i)
    return True
print(check_sorted([1, 2, 3]))
print(check_sorted([1, 3, 2]))
