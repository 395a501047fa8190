# stdout:
# | 0 None b'a'
# | 8 b'bc' 7
# | b'defghij\n'
# | b'lin' b'e two\n'
# | 3 bytearray(b'xyz\x00')
# | 1 bytearray(b'\x04yz\x00')
# | None
# | None 0
# | ok
# | é
# | 3 3
# machine.UART(0): reads return what has arrived (timeout 0), None when
# nothing has; any() counts the bytes waiting; readline() stops after a
# newline; write() sends to the console. The host starts sending at the
# program's start, a byte every 1460 cycles (stdin: uart_read.in).
from machine import UART
import time

uart = UART(0, 115200)
print(uart.any(), uart.read(), uart.readline())  # b"a": arrived meanwhile
time.sleep_us(500)
n = uart.any()
print(n, uart.read(2), uart.any())
time.sleep_us(2000)
print(uart.readline())
print(uart.read(3), uart.readline())
buf = bytearray(4)
print(uart.readinto(buf, 3), buf)
print(uart.readinto(buf), buf)
time.sleep_us(3000)
print(uart.read())
print(uart.read(), uart.any())
print(uart.write(b"ok\n"), uart.write("\u00e9\n"))
