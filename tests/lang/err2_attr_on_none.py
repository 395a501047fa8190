# uncaught AttributeError on None returned from a dict.get lookup in a method
class Registry:
    def __init__(self):
        self.items = {"a": "alpha"}
    def upper(self, key):
        return self.items.get(key).upper()
r = Registry()
print(r.upper("a"))
print(r.upper("b"))
