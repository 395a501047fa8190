# time.ticks_diff with wrapping values (MicroPython semantics).
import time
from time import ticks_diff

print(time.ticks_diff(10, 3), time.ticks_diff(3, 10))
print(ticks_diff(5, 1073741820), ticks_diff(1073741820, 5))
print(ticks_diff(0, 536870912), ticks_diff(536870912, 0))
print(ticks_diff(536870911, 0), ticks_diff(0, 536870911))
print(ticks_diff(1073741823, 0), ticks_diff(0, 1073741823))
