# A span narrower than the line because of a comment.
state = None
state.mode  # the attribute is missing
