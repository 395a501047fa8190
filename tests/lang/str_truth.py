# Truth of strings in conditions, `not`, and `and`/`or` returning an operand.
def describe(s):
    if s:
        return "non-empty"
    return "empty"


print(describe(""), describe("x"))
print(not "", not "a")
print("" or "default", "first" or "second", "a" and "b", "" and "never")
print(0 or "" or "last", 1 and "yes")
n = 0
s = "abc"
while s:
    n = n + 1
    s = s[1] + s[2] if len(s) == 3 else ""
print(n)
