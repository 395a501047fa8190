# range() with a float in a comprehension underlines the call.
x = [i for i in range(2.5)]
