# error: 3:30: pin P1A1 has no pull-up
from machine import Pin
p = Pin("P1A1", Pin.IN, pull=Pin.PULL_UP)
