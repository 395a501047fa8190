# comp: comprehensions calling user functions and methods on objects
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
def cheap(it):
    return it.price < 10
items = [Item('pen', 2), Item('book', 15), Item('cup', 8)]
print([it.name for it in items if cheap(it)])
print({it.name: it.price * 2 for it in items})
print(sum([it.price for it in items]), max([it.price for it in items]))
