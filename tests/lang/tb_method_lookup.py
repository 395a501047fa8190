# Looking up a missing method underlines obj.method, not the call.
class Sensor:
    def __init__(self, pin):
        self.pin = pin


s = Sensor(3)
value = s.read(10, 20) + 1
