# Button to LED: LED1 lights while BTN1 (both on the break-off board) is
# pressed; LEDR_N, the red LED (active low), lights while BTN_N is pressed
# (active low too).
from machine import Pin

btn1 = Pin("BTN1", Pin.IN)
led1 = Pin("LED1", Pin.OUT)
btn_n = Pin("BTN_N", Pin.IN)
ledr_n = Pin("LEDR_N", Pin.OUT)
while True:
    led1.value(btn1.value())
    ledr_n.value(btn_n.value())
