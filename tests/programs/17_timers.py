# time.ticks_us/ticks_ms/ticks_add/sleep_us/sleep_ms (MicroPython): the waits
# last at least as long as asked (testbench/tests/devices.rs checks the
# upper bounds).
import time
from time import sleep_ms, sleep_us, ticks_add, ticks_diff, ticks_ms, ticks_us

t0 = ticks_us()
m0 = ticks_ms()
sleep_us(250)
d = ticks_diff(ticks_us(), t0)
print(d >= 250)
t1 = ticks_us()
sleep_ms(2)
print(ticks_diff(ticks_us(), t1) >= 2000)
print(ticks_diff(ticks_ms(), m0) >= 2)
sleep_us(0)
sleep_us(-5)
sleep_ms(0)
time.sleep_ms(1)
print(ticks_diff(time.ticks_us(), t0) >= 3250)
print(ticks_diff(1, 1073741823), ticks_diff(1073741823, 1))
print(ticks_add(1, 2), ticks_add(1, -3), time.ticks_add(1073741822, 1))
