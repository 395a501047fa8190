# class: __call__ and __bool__, __len__ used for truth
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __len__(self):
        return 0
add5 = Adder(5)
print(add5(10), add5(add5(0)), callable(add5), callable(Flag(True)))
for f in [Flag(True), Flag(False)]:
    if f:
        print('truthy')
    else:
        print('falsy')
print(bool(Flag(False)), not Flag(True), bool(Sized()), bool(Adder(1)))
print(Flag(False) or 'alt', Flag(True) and 'yes')
