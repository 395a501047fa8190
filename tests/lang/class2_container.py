# container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__
class Registry:
    def __init__(self):
        self.items = {}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
r = Registry()
r["a"] = 1
r["b"] = 2
r["a"] += 5
print(len(r), r["a"], "a" in r, "z" in r, "z" not in r)
del r["b"]
print(len(r))
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)
