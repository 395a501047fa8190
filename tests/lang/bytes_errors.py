# type errors mixing bytes and str, and bytes immutability
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    b = b"abc"
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError", e)
print(b"abc" != "abc")
