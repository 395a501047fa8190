# Print over the UART (pin 9, 115200 8N1): see it with
# `screen /dev/ttyUSB1 115200` on the board, or on stdout with `pysm run`.
def square(n):
    return n * n


for i in range(10):
    print(i, square(i))
