# A fault in a comprehension's condition.
xs = [3, 0]
x = [v for v in xs if 6 // v]
