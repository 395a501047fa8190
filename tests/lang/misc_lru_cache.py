# a small LRU cache class using a dict and an order list
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
        self.order = []
        self.hits = 0
        self.misses = 0
    def get(self, k):
        if k in self.data:
            self.hits += 1
            self.order.remove(k)
            self.order.append(k)
            return self.data[k]
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.data:
            self.order.remove(k)
        elif len(self.data) >= self.cap:
            old = self.order.pop(0)
            del self.data[old]
            print("evict", old)
        self.data[k] = v
        self.order.append(k)
c = LRU(2)
c.put("a", 1)
c.put("b", 2)
print(c.get("a"))
c.put("c", 3)
print(c.get("b"), c.get("c"))
c.put("a", 10)
c.put("d", 4)
print(c.order, sorted(c.data.items()), c.hits, c.misses)
