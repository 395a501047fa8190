# range() with a float in a for statement.
for i in range(1, 2.5):
    pass
