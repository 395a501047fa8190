# fault: bad_pin line 5
# stdout:
# A pin id past the last pin faults with ValueError at run time.
from machine import Pin
p = Pin(40, Pin.OUT)
