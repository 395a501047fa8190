# class: what __len__ returns is checked as CPython checks it, by len()
# and by truth: negative, big, bool and non-int results
class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in [0, 3, True, False, -1, 2**40, -(2**40), "3", None, 1.5]:
    try:
        print(repr(n), len(L(n)), end=" ")
        print(bool(L(n)), "yes" if L(n) else "no", not L(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print("truth", bool(L(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
