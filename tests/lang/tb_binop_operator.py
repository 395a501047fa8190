# A binary operation underlines its operands and its operator.
def ratio(a, b):
    return (a)+b * 2  // (b - b)


def mean(xs):
    total = 0
    for x in xs:
        total = total + x
    return ratio(total, len(xs))


print(mean([1, 2, 3]))
