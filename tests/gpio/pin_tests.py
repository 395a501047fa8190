# loopback: P1A1=P1A2
# stdout:
# | 1 1 1 1 1
# | 1 1 1 1 1
# A pin level compared with 0 or 1, or negated, in a condition: the
# compiler branches on the level itself.
from machine import Pin

out = Pin("P1A1", Pin.OUT)
inp = Pin("P1A2", Pin.IN)


def levels():
    a = 1 if inp.value() == 1 else 0
    b = 1 if inp.value() != 0 else 0
    c = 1 if inp.value() == 0 else 0
    d = 1 if inp.value() != 1 else 0
    e = 1 if not not inp.value() else 0
    return a, b, c, d, e


out.on()
while inp.value() == 0:
    pass
hi = levels()
out.off()
while inp.value() != 0:
    pass
lo = levels()
print(hi[0], hi[1], lo[2], lo[3], hi[4])
out.on()
while not inp.value():
    pass
x = levels()
out.off()
while inp.value() == 1:
    pass
y = levels()
print(x[0], x[1], y[2], y[3], 1 - y[4])
