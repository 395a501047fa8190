# Toggle LED1 (PMOD2 pin 7 on the break-off board) as fast as the processor can.
# On a scope the period is the cost of one loop iteration; `make bitstream`
# prints the same figure from simulation.
from machine import Pin

led = Pin("LED1", Pin.OUT)
while True:
    led.on()
    led.off()
