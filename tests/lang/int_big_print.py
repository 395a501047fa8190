# Big ints printed four decimal digits at a time: zeros inside a group,
# the small-int limits, negative values, str, repr, lists, f-strings.
values = [2 ** 30, -2 ** 30, -2 ** 30 - 1, 2 ** 30 - 1, 10 ** 8, 10 ** 12 + 1,
          -10 ** 20, 10 ** 16 + 10 ** 4, 2 ** 62, -2 ** 100, 10 ** 4 * 2 ** 40,
          123456789012345678901234567890, 99999999999999999999]
for x in values:
    print(x, -x)
    print(str(x), [x, -x], f"{x}", repr(x), (x,))
print(sum(values), len(str(2 ** 200)), str(3 ** 77)[::7])
