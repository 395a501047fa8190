# A set comprehension.
x = {1 // k for k in range(-2, 3)}
