# NameError: a global that is never assigned.
def show():
    print(undefined_name)

show()
