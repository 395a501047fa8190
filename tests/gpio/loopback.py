# loopback: P1A1=P1A2
# stdout:
# | 0
# | 1
# | 0
# | 1
# | 0
# | 1 1
# GPIO through a jumper from P1A1 to P1A2.
from machine import Pin

out = Pin("P1A1", Pin.OUT)
inp = Pin("P1A2", Pin.IN)


def settle():
    # A few instructions: the jumper and the input synchroniser take cycles.
    n = 0
    while n < 3:
        n += 1


print(inp.value())
out.on()
settle()
print(inp.value())
out.off()
settle()
print(inp.value())
out.value(5)
settle()
print(inp.value())
out.toggle()
settle()
print(inp.value())
out.value(True)
settle()
print(inp.value(), out.value())
