a = "hello"
b = "world"
c = a + ", " + b + "!"
print(c)
print(len(c), c[0], c[-1])
print(a == "hello", a != b, a < b, "" or "x", "y" and "")
if a:
    print("truthy")
if not "":
    print("empty is falsy")
s = ""
i = 0
while i < 20:
    s = s + "ab"[i % 2]
    i = i + 1
print(s, len(s))
print("=" * 10)
print("héllo ✓")
