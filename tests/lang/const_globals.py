# Globals bound once by a top-level statement are read as constants by code
# that runs after it; code that may run before it, and globals bound in
# more than one place, read the variable.
def early():
    try:
        return LIMIT
    except NameError as e:
        return "NameError: " + str(e)


print(early())
LIMIT = 5
print(early(), LIMIT)


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(10))

COUNT = 0


def bump():
    global COUNT
    COUNT += 1


bump()
bump()
print(COUNT)

FLAG = True
NOTHING = None


def show():
    return FLAG, NOTHING is None


print(show())

GONE = 7
print(GONE)
del GONE
try:
    print(GONE)
except NameError as e:
    print("gone:", e)

for K in range(3):
    pass
print(K)


def twice(f, x):
    return f(f(x))


def inc(x):
    return x + 1


print(twice(inc, 3))
ALIAS = inc
print(ALIAS(41), ALIAS is inc)

# while loops test at the top and again at the bottom.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
else:
    print("no break")
print(i)
n = 0
while not n >= 3:
    n += 1
else:
    print("else", n)
done = False
while not done:
    done = True
print(done)
j = 0
while 0 <= j < 3:
    j += 1
print(j)
print(1 if not j else 2, "yes" if not not j else "no")
k = 10
while k:
    k -= 3 if k > 2 else 1
print(k)
