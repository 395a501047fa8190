# class: inheritance, method override, super().__init__, super() method call
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return self.name + ' says ' + self.speak()
class Cat(Animal):
    def __init__(self, name, lives):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return 'meow'
class Kitten(Cat):
    def speak(self):
        return super().speak() + '!'
for x in [Animal('generic'), Cat('tom', 9), Kitten('kit', 9)]:
    print(x.describe())
k = Kitten('k', 3)
print(k.lives, k.name)
