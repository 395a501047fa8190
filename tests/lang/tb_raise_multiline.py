# A raise over several lines.
def fail(code):
    raise ValueError(
        "bad code %d" % code)


fail(3)
