# GPIO round trip: drive P1A1 high and wait until P1A2, jumpered to it, reads
# high; print the cycles it took, measured with the cycle counter.
# Simulate with:  pysm sim examples/gpio_roundtrip.py --loopback P1A1=P1A2
from machine import Pin
import time

out = Pin("P1A1", Pin.OUT)
inp = Pin("P1A2", Pin.IN)
out.off()
t0 = time.ticks_cpu()
out.on()
while inp.value() == 0:
    pass
t1 = time.ticks_cpu()
print(time.ticks_diff(t1, t0))
