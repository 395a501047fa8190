# exceptions raised in __init__, in a property-like getter, and in __str__
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative " + str(v))
        self.v = v
objs = []
for v in [1, -2, 3]:
    try:
        objs.append(Strict(v))
    except ValueError as e:
        print("rejected:", e)
print([o.v for o in objs])
class BadStr:
    def __str__(self):
        raise RuntimeError("no str")
try:
    print(BadStr())
except RuntimeError as e:
    print("str failed:", e)
try:
    x = "x" + str(BadStr())
except RuntimeError as e:
    print("concat failed:", e)
