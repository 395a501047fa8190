# fault: overflow lines: 4
# OverflowError (PySM only) inside the runtime's **: the user's line is shown.
base = 2
print(base ** 40)
