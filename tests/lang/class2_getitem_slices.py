# __getitem__ receiving ints and slice objects
class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __getitem__(self, key):
        if isinstance(key, slice):
            return "slice(%s,%s,%s)" % (key.start, key.stop, key.step)
        return self.data[key]
    def __len__(self):
        return len(self.data)
s = Seq(10)
print(s[3], s[-1])
print(s[1:5], s[::2], s[:3], s[5:1:-1])
print(len(s))
print(s[1:5:2])
