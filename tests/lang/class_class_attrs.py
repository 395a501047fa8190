# class: class attributes shared vs instance attributes shadowing them
class Dog:
    kind = 'canine'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
a = Dog('rex')
b = Dog('fido')
print(a.kind, b.kind, Dog.kind, Dog.count)
a.kind = 'wolf'
print(a.kind, b.kind, Dog.kind)
Dog.kind = 'dog'
print(a.kind, b.kind)
print(a.count, b.name)
