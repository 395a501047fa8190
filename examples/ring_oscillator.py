# Ring oscillator: read P1A2 and drive its inverse on P1A1, which is jumpered
# back to P1A2. The loop's period is two trips around the ring: each pass
# reads the pin, inverts it and writes it.
# Simulate with:  pysm sim examples/ring_oscillator.py --loopback P1A1=P1A2 --max-cycles 2000
from machine import Pin

out = Pin("P1A1", Pin.OUT)
inp = Pin("P1A2", Pin.IN)
while True:
    out.value(not inp.value())
