# generator send() passes values into v = yield x
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v

g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(-3))
try:
    g.send(None)
except StopIteration:
    print("stopped")

def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("c")
except StopIteration as s:
    print("value", s.value)
