# stdout:
# | ValueError: UART(1) doesn't exist
# | ValueError: UART(0) runs at 115200 baud only
# | ValueError: UART(0) sends 8 bits only
# | UART True True False
# | b'' b'\x04' 0
# | None
# The constructor: id 0 only, 115200 8N1 only (positional or keywords);
# the object's type and methods.
import machine
from machine import UART

for args in [(1,), (0, 9600), (0, 115200, 7)]:
    try:
        UART(*args)
    except ValueError as e:
        print("ValueError:", e)
u = machine.UART(0, baudrate=115200, bits=8, parity=None, stop=1)
print(type(u).__name__, isinstance(u, UART), hasattr(u, "readline"), hasattr(u, "seek"))
print(u.read(0), u.read(), u.any())
r = u.read
print(r())
