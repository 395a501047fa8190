# else clause runs only without exception; exception inside else is not caught by same try
def run(n):
    try:
        v = 10 // n
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("else ran with", v)
        if v == 5:
            raise ValueError("from else")
    finally:
        print("finally", n)
for n in [0, 1]:
    run(n)
try:
    run(2)
except ValueError as e:
    print("caught outside:", e)
for i in range(3):
    try:
        pass
    except Exception:
        pass
    else:
        print("loop else", i)
