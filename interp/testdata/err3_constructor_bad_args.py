# Checks the uncaught TypeError when a class is constructed with a missing __init__ argument.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


a = Account("ann", 10)
print(a.owner, a.balance)
b = Account("bob")
print("unreachable")
