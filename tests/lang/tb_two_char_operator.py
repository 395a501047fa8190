# Two-character operators get two carets.
base = 2
power = base **None
