# A fault inside a list comprehension: CPython's <listcomp> frame.
inv = [1 / x for x in [2, 1, 0]]
