# class: __hash__ and __eq__ so instances work as dict keys and set members
class Key:
    def __init__(self, a):
        self.a = a
    def __hash__(self):
        return hash(self.a)
    def __eq__(self, o):
        return isinstance(o, Key) and self.a == o.a
d = {Key(1): 'one'}
d[Key(2)] = 'two'
d[Key(1)] = 'uno'
print(len(d), d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(5), Key(5), Key(6)}
print(len(s))
print(hash(Key(7)) == hash(7))
