# The container operations of the language issue together: slice
# assignment, list, tuple, dict, set, range and bytearray methods.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1:3]
print(a, a.pop(), a.pop(0), a)
a.insert(100, "end")
a.insert(-100, "start")
a.extend("ab")
a.remove(0)
print(a, a.count(0), a.index("end"), a.copy() == a, a.copy() is a)
b = [3, 1, 2]
b.sort(key=lambda v: -v)
b.reverse()
print(b, b * 2, [0] * 0, b + [9], sorted(b) == b)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t + (4,), (1,) * 3, max(t), tuple(sorted(t)))
s = "Hello, World"
print(s[-5:], s[:-7:-1], s[100:], s[3:1], s[::3], s.lower().count("l"), s.split(", "), s.partition(","), s.rpartition("o"))
d = {"b": 2, "a": 1}
d.setdefault("c", 3)
d.update({"a": 10}, z=26)
print(d, d.pop("b"), d.pop("nope", None), list(d.keys()), list(d.values()), list(d.items())[0], "a" in d, len(d))
k = d.keys()
d["new"] = 1
print(list(k), sorted(d), {**d}, d.get("q", "dflt"))
for key, val in sorted(d.items()):
    print(key, val, end="; ")
print()
st = {3, 1, 2}
st.add(5)
st.discard(7)
st.remove(1)
print(sorted(st), sorted(st | {9}), sorted(st & {2, 3}), sorted(st - {2}), sorted(st ^ {2, 8}), 3 in st, {1, 2} <= {1, 2, 3}, set() == set())
try:
    st.remove(42)
except KeyError as e:
    print("KeyError", e)
r = range(2, 20, 3)
print(r, list(r), r[1], r[-1], len(r), 8 in r, 9 in r, list(r[1:3]), range(5) == range(0, 5))
bs = bytearray(b"abc")
bs.append(100)
bs.extend(b"ef")
bs[0:2] = b"XY"
print(bs, bytes(bs), bs[1], bs[-2:], len(bs), b"ab" in bytes(bs), list(b"hi"), b"a" * 3, b"x,y".split(b","))
nested = [[1, [2, 3]], {"k": (4, [5])}]
print(nested[1]["k"][1][0], nested[0][1][-1], str(nested), repr("tab\there"), ascii("é") if False else "")
x = [1, 2, 3]
y = x
y += [4]
x = x + [5]
print(x, y, [i for i in x if i not in y])
