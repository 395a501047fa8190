# %c takes an int or a one-character str.
for a in ("ab", 1.5, None, -1):
    try:
        print("%c" % a)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
