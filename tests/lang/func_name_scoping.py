# global vs local scoping, global statement, shadowing
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def modify():
    global x
    x = "modified"
print(read(), shadow(), x)
modify()
print(read(), x)
count = 0
def bump():
    global count
    for _ in range(3):
        count += 1
bump(); bump()
print(count)
try:
    def bad():
        print(y_local)
        y_local = 1
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError")
