# error: 3:11: unknown pin 'LED9'
from machine import Pin
led = Pin("LED9", Pin.OUT)
