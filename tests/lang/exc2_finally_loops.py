# finally with break/continue inside loops
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
def f():
    for i in range(3):
        try:
            return "returned " + str(i)
        finally:
            print("cleanup", i)
print(f())
def g():
    try:
        return "try"
    finally:
        print("g finally")
print(g())
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
