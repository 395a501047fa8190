# fault: not_a_pin line 6
# stdout:
# | 1
from machine import Pin
print(1)
Pin.OUT.value(1)
