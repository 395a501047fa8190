# A tiny state machine and command parser, as on a controller.
class Error(Exception):
    def __init__(self, code, msg="failed"):
        super().__init__(msg)
        self.code = code

class Device:
    states = ("idle", "run", "stop")
    instances = 0

    def __init__(self, name):
        self.name = name
        self.state = "idle"
        self.log = []
        Device.instances += 1

    def go(self, state):
        if state not in self.states:
            raise Error(2, "bad state %r" % state)
        if state == self.state:
            return False
        self.log.append((self.state, state))
        self.state = state
        return True

    @property
    def busy(self):
        return self.state == "run"

    def __str__(self):
        return "<%s %s>" % (self.name, self.state)

class Motor(Device):
    def __init__(self, name, speed=0):
        super().__init__(name)
        self.speed = speed

    def go(self, state):
        changed = super().go(state)
        if changed and state == "stop":
            self.speed = 0
        return changed

def parse(line):
    cmd, _, arg = line.strip().partition(" ")
    cmd = cmd.lower()
    if not cmd:
        return None
    args = [int(a) if a.lstrip("-").isdigit() else a for a in arg.split()]
    return cmd, args

def run(script):
    m = Motor("m1", 5)
    out = []
    for n, line in enumerate(script.splitlines(), 1):
        p = parse(line)
        if p is None:
            continue
        cmd, args = p
        try:
            if cmd == "go":
                out.append(m.go(*args))
            elif cmd == "speed":
                m.speed = args[0]
            elif cmd == "show":
                out.append(str(m))
            else:
                raise Error(1, "unknown " + cmd)
        except Error as e:
            out.append("line %d: %s (%d)" % (n, e, e.code))
        except (IndexError, TypeError) as e:
            out.append("line %d: %s: %s" % (n, type(e).__name__, e))
        finally:
            out.append(m.busy)
    return m, out

m, out = run("""
GO run
speed 10
show

go run
go fly
speed
jump 3
go stop
show
""")
for o in out:
    print(o)
print(m.log, m.speed, Device.instances, isinstance(m, Device), issubclass(Motor, Device))
print(getattr(m, "missing", "dflt"), hasattr(m, "busy"), type(m).__name__, Motor.__name__)
def counter(start=0, *, step=1):
    n = start
    def nxt():
        nonlocal n
        n += step
        return n
    return nxt
c = counter(10, step=5)
print(c(), c(), counter()())
def chunks(seq, k):
    for i in range(0, len(seq), k):
        yield seq[i:i + k]
print(list(chunks("abcdefg", 3)), [x for x in chunks([1, 2, 3, 4], 2)])
g = (i * i for i in range(5) if i % 2)
print(next(g), list(g))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), reverse=True), {1, 2} | {3}, {1, 2, 3} - {2})
text = "  Hello, World  "
print(text.strip().upper().replace("WORLD", "PySM").center(20, "*"), text.count("l"), text.find("W"), text.split(","))
print("-".join(reversed("abc")), "abc"[::-1], "a" in "cat", "x".join(map(str, range(3))))
