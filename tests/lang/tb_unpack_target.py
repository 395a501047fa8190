# Unpacking underlines the targets.
pair = (1,)
first, second = pair
