# class: bound methods stored in variables and lists, calling via class
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return 'hello ' + self.name
g = Greeter('ann')
h = g.hello
print(h())
fs = [Greeter('a').hello, Greeter('b').hello]
for f in fs:
    print(f())
print(Greeter.hello(g))
