# Checks how an uncaught exception of a class defined in the script is reported (name without module prefix).
class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds("need %d more" % (amount - balance))
    return balance - amount


print(withdraw(100, 30))
withdraw(10, 25)
