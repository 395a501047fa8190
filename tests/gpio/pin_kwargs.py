# loopback: P1A1=P1A2
# loopback: P1A3=P1A4
# stdout:
# | 1
# | 0 1
# | 1
# | 1 0
# MicroPython's Pin keywords: mode=, pull=, value= (set before the pin
# becomes an output).
from machine import Pin

out = Pin("P1A1", mode=Pin.OUT, value=1)
inp = Pin("P1A2", Pin.IN, pull=None)
btn = Pin("BTN_N", Pin.IN, Pin.PULL_UP)
level = 0
out2 = Pin("P1A3", Pin.OUT, value=level)
inp2 = Pin("P1A4", mode=Pin.IN)


def settle():
    n = 0
    while n < 3:
        n += 1


settle()
print(inp.value())
out.off()
out2.on()
settle()
print(inp.value(), inp2.value())
print(btn.value())
out.value(1)
out2.value(0)
settle()
print(inp.value(), inp2.value())
