# error: 3:32: Pin(drive=...) is not supported
from machine import Pin
p = Pin("P1A1", Pin.OUT, drive=1)
