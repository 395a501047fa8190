# uncaught exception from a method called from a lambda
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, n):
        if n > self.balance:
            raise RuntimeError("insufficient funds: " + str(self.balance))
        self.balance -= n
        return self.balance
acct = Account(10)
take = lambda n: acct.withdraw(n)
print(take(3))
print(take(4))
print(take(5))
