# bytes(n), bytes(list), bytes(range), bytearray(n)
print(bytes(3), bytes(0))
print(bytes([65, 66, 67]), bytes(range(48, 58)))
print(bytearray(4), bytearray([1, 2, 255]))
print(bytes(bytearray(b"ab")), bytearray(bytes(2)))
try:
    bytes([300])
except ValueError as e:
    print("ValueError", e)
print(bytes([0, 127, 128, 255]))
print(bytes.fromhex("de ad be ef"))
