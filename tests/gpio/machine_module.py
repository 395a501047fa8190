# stdout:
# | 1
# | 0
# | None None
# `import machine`, pin ids as ints, reading back an output pin.
import machine

led = machine.Pin(3 + 20, machine.Pin.OUT)
r = led.on()
x = 0
x = x + 1
x = x + 1
print(led.value())
s = led.off()
x = x + 1
x = x + 1
print(led.value())
print(r, s)
