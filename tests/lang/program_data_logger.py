# A small data logger: ring buffer, statistics, formatting.
class Ring:
    def __init__(self, size):
        self.buf = [None] * size
        self.size = size
        self.head = 0
        self.count = 0

    def push(self, v):
        self.buf[self.head] = v
        self.head = (self.head + 1) % self.size
        self.count = min(self.count + 1, self.size)

    def items(self):
        start = (self.head - self.count) % self.size
        for i in range(self.count):
            yield self.buf[(start + i) % self.size]

    def __len__(self):
        return self.count

    def __repr__(self):
        return f"Ring({list(self.items())!r}, size={self.size})"


def stats(values):
    values = list(values)
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    lo, hi = min(values), max(values)
    return {"n": n, "mean": mean, "var": var, "range": (lo, hi)}


r = Ring(5)
for t in range(12):
    r.push(t * t % 7 - 3)
print(r, len(r))
s = stats(r.items())
for k in sorted(s):
    v = s[k]
    if isinstance(v, float):
        print("%-6s %8.3f" % (k, v))
    else:
        print("{:<6} {!r:>8}".format(k, v))
readings = {"temp": [21.5, 22.0, 21.75], "hum": [40, 42, 41]}
summary = {name: round(sum(vs) / len(vs), 2) for name, vs in readings.items()}
print(summary)
print(", ".join(f"{k}={v:.1f}" for k, v in summary.items()))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
b = bytearray(b"hello")
b[0] = ord("H")
print(b, bytes(b).decode(), b.hex() if hasattr(b, "hex") else "")
data = list(range(20))
print(data[::3], data[-3:], data[5:1:-1], sum(data[1::2]))
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [list(col) for col in zip(*matrix)])
x = 0b1011_0110
print(hex(x), bin(x >> 2), x & 0xF, f"{x:08b}", f"{x:#06x}", f"{255:>5d}|{3.14159:<8.2f}|")
first, *rest = "a,b,c,d".split(",")
print(first, rest)
try:
    int("12a")
except ValueError as e:
    print("error:", e)
print(divmod(-7, 2), -7 // 2, -7 % 2, round(2.5), round(3.5), round(-0.5))
print(str(1e-5), str(123456789.0), 1 / 3)
