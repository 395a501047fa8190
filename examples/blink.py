# Blink LED1 (PMOD2 pin 7 on the break-off board) at 2 Hz with time.sleep_ms,
# as on MicroPython. The period comes from the microsecond timer, so it does
# not depend on how many cycles the loop takes.
from machine import Pin
from time import sleep_ms

led = Pin("LED1", Pin.OUT)
while True:
    led.toggle()
    sleep_ms(250)
