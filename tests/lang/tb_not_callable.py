# Calling what is not callable.
handlers = [print, 5]
for h in handlers:
    h("x")
