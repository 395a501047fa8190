# closure counters using nonlocal
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
print(inc2(), get(), get2())
def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw
d, w = bank()
print(d(50), w(20), w(100), d(5))
