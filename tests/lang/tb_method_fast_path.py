# An AttributeError from a method with a fast path (append) underlines
# obj.method, as for any method.
count = 5
count.append(1)
