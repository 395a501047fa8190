# bytearray mutation: item assignment, append, extend, pop, insert, del
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b" ok")
print(ba)
ba.extend([49, 50])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 106)
print(ba)
del ba[1]
print(ba, len(ba))
ba[1:3] = b"XYZ"
print(ba)
ba.reverse()
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
ba.clear()
print(ba, len(ba))
