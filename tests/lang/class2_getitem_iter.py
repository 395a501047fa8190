# __getitem__-based iteration stops at IndexError
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if i >= len(self.data):
            raise IndexError(i)
        return self.data[i] * 2
print(list(Seq([1, 2, 3])))
for x in Seq("ab"):
    print(x)
print(4 in Seq([1, 2]), 3 in Seq([1, 2]))
print(Seq([5])[0])
class Upto:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print(list(Upto()), sum(Upto()))
