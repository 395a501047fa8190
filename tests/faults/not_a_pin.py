# AttributeError: a pin method on an int.
x = 5
x.on()
