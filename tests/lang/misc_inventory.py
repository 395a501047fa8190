# inventory management mixing classes, dicts, generators and exceptions
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
    def remove(self, item, qty=1):
        have = self.stock.get(item, 0)
        if have < qty:
            raise OutOfStock(item + ": want " + str(qty) + ", have " + str(have))
        self.stock[item] = have - qty
        if self.stock[item] == 0:
            del self.stock[item]
    def low(self, limit):
        for item in sorted(self.stock):
            if self.stock[item] <= limit:
                yield item, self.stock[item]
inv = Inventory()
for item, q in [("bolt", 10), ("nut", 3), ("gear", 1), ("bolt", 5)]:
    inv.add(item, q)
print(sorted(inv.stock.items()))
orders = [("bolt", 12), ("gear", 2), ("nut", 3), ("cog", 1)]
for item, q in orders:
    try:
        inv.remove(item, q)
        print("shipped", item, q)
    except OutOfStock as e:
        print("cannot ship:", e)
print(list(inv.low(5)))
print(sorted(inv.stock.items()))
