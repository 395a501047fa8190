# dict: del of keys, re-insert moves to end, popitem
d = {}
for i in range(5):
    d[i] = i * i
print(d)
del d[2]
print(d)
d[2] = 'again'
print(d)
print(d.popitem(), d)
