# An inner iterable is the comprehension's own.
x = [y for y in [1] for z in 5]
