# Soak test: allocation and collection for over 100 million cycles. A small
# live set survives every collection; everything else is garbage. At the
# end the heap holds what it held after warming up, and the checksums are
# the ones python3 computes.
import gc

ROUNDS = 500


def churn(seed):
    words = []
    for i in range(40):
        words.append("w" + str((seed * 31 + i * 7) % 1000))
    table = {}
    for w in words:
        table[w] = table.get(w, 0) + len(w)
    pairs = [(v, k) for k, v in table.items()]
    pairs.sort()
    return pairs[0][0] + pairs[-1][0] + len(table)


total = 0
gc.collect()
start = gc.mem_free()
keep = []
for r in range(ROUNDS):
    total = (total * 7 + churn(r)) % 1000003
    keep.append(str(total))
    if len(keep) > 20:
        keep.pop(0)
    if r % 100 == 99:
        print(r + 1, total, keep[-1])
keep = None
gc.collect()
print("heap back:", gc.mem_free() == start)
