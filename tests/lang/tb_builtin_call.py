# A builtin that raises: the call.
words = ["1", "2", "x"]
nums = [int(w) for w in words[:2]]
bad = 10 + int(words[2])
