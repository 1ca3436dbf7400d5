# Checks nonlocal: counters and accumulators that rebind a variable of the enclosing function.
def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        balance -= amount
        history.append(-amount)
        return balance

    def report():
        return balance, history
    return deposit, withdraw, report


dep, wd, rep = make_account(50)
dep(25)
wd(10)
dep(5)
print(rep())
