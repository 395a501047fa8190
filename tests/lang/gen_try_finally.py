# generator with yield inside try/finally runs finally when exhausted or closed
log = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

print(list(gen()))
print(log)
g = gen()
print(next(g))
g.close()
print(log)
g2 = gen()
g2.close()
print(log)
