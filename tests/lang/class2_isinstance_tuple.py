# isinstance and issubclass with tuples of types
class Animal:
    pass
class Dog(Animal):
    pass
class Cat(Animal):
    pass
class Rock:
    pass
for obj in [Dog(), Cat(), Rock(), 3, "s", [1]]:
    print(type(obj).__name__, isinstance(obj, (Dog, Cat)), isinstance(obj, (int, str)), isinstance(obj, (Animal,)))
print(issubclass(Dog, (Rock, Animal)), issubclass(Rock, (Dog, Cat)))
print(isinstance(True, int), isinstance(3, bool), isinstance(None, (type(None), int)))
print(isinstance(Dog(), object), isinstance(Dog, type))
