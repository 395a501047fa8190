# error: 3:27: Pin(drive=...) is not supported
from machine import Pin
p = Pin("P1A1", Pin.OUT, drive=1)
