# __bool__ and __len__ used for truth testing in if/while
class Stack:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def pop(self):
        return self.items.pop()
s = Stack([1, 2, 3])
while s:
    print("pop", s.pop())
print(bool(s), not s)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
if Flag(True):
    print("true branch")
if not Flag(False):
    print("negated")
print(Flag(False) or "fallback")
print(bool(Flag(True)) and "yes")
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class Plain:
    pass
print(bool(Plain()))
