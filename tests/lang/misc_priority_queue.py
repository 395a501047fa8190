# a priority queue kept as a sorted list with binary insertion
class PQ:
    def __init__(self):
        self.items = []
    def push(self, prio, value):
        lo, hi = 0, len(self.items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.items[mid][0] <= prio:
                lo = mid + 1
            else:
                hi = mid
        self.items.insert(lo, (prio, value))
    def pop(self):
        return self.items.pop(0)
    def __len__(self):
        return len(self.items)
q = PQ()
for p, v in [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d"), (2, "b")]:
    q.push(p, v)
print(q.items)
while q:
    print(q.pop())
tasks = PQ()
tasks.push(2 ** 70, "huge")
tasks.push(-5, "neg")
print(tasks.pop(), len(tasks))
