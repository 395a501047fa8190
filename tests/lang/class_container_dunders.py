# class: __len__ __getitem__ __setitem__ __contains__ on a container class
class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        while len(self.items) <= i:
            self.items.append(None)
        self.items[i] = v
    def __contains__(self, v):
        return v in self.items
b = Bag()
print(len(b), bool(b))
b[2] = 'c'
b[0] = 'a'
print(len(b), b[0], b[1], b[2], b[-1])
print('a' in b, 'z' in b, 'z' not in b)
b[1] = 'b'
print(b.items, len(b))
