# stdout:
# | True
# | True
# time.ticks_cpu() counts cycles; ticks_diff of later minus earlier is positive.
import time
from time import ticks_cpu, ticks_diff

t0 = time.ticks_cpu()
n = 0
for i in range(10):
    n = n + i
t1 = ticks_cpu()
d = ticks_diff(t1, t0)
print(d > 20 and d < 2000)
print(ticks_diff(t0, t1) == -d)
