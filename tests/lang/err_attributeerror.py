# err: uncaught AttributeError accessing a missing instance attribute in a method
class P:
    def __init__(self):
        self.x = 1
    def show(self):
        return self.y
p = P()
print(p.x)
print(p.show())
