# bank account class simulation with transfers and errors
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner + " has only " + str(self.balance))
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return "Account(%d, %s, %d)" % (self.id, self.owner, self.balance)
class Savings(Account):
    def add_interest(self, pct):
        interest = self.balance * pct // 100
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice = Account("alice", 100)
bob = Savings("bob")
transfer(alice, bob, 60)
print(alice, bob)
try:
    transfer(alice, bob, 50)
except InsufficientFunds as e:
    print("failed:", e)
print(bob.add_interest(5), bob)
try:
    bob.deposit(0)
except ValueError as e:
    print("failed:", e)
print(alice.history, bob.history)
