# bytearray's list-like mutations: insert, remove, clear, reverse, copy,
# del and slice assignment
ba = bytearray(b"abcdef")
ba.insert(2, 90)
ba.insert(-1, 89)
ba.insert(100, 88)
print(ba)
ba.remove(90)
del ba[0]
del ba[-2:]
print(ba, len(ba))
ba[1:3] = b"123"
ba[0:0] = [65, 66]
ba[::2] = b"xyz*"
print(ba)
c = ba.copy()
c.reverse()
print(c, ba, c is ba)
del ba[::2]
print(ba)
for bad in [lambda: ba.remove(0), lambda: ba.insert(0, 300)]:
    try:
        bad()
    except (ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    del ba[99]
except IndexError as e:
    print("IndexError", e)
ba.clear()
print(ba, len(ba), bytearray(b"x") * 3)
