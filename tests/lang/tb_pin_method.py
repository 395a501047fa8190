# A method of a Pin on something that is not a Pin.
led = 7
led.on()
print("unreachable")
