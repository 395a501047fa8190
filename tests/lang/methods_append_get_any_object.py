# append and get called on lists and dicts, on user objects that define
# them, on objects that lack them, and on values bound to other names.
class Log:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(("logged", x))

    def get(self, k, d=None):
        return ("got", k, d)


a = []
for i in range(12):
    a.append(i * i)
print(a, len(a))
a.append(a)
print(len(a), a[-1] is a)
log = Log()
log.append(1)
log.append([2])
print(log.items, log.get(1), log.get(2, 3))
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 5), d.get("x", 5))
app = a.append
app(99)
print(a[-1])
for obj in ([], {}, Log(), "s", 5):
    try:
        obj.append(1)
        print("appended", type(obj).__name__)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        print(obj.get(1), obj.get(1, 2))
    except AttributeError as e:
        print("AttributeError", e)
try:
    [].append()
except TypeError as e:
    print("TypeError")
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "z", 0), (1,), ()]))
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (3,) < (2, 9), (1, [2]) < (1, [3]))
print(sorted(["b", "ab", "a", "", "abc", "B"]), "abc" < "abd", "ab" < "abc", "b" > "abc")
