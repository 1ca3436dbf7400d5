# Program: bank and inventory simulation (inheritance, properties, class/static methods, custom exceptions, __repr__/__eq__).
# usage: prog3_bank_inventory.py [TRANSACTIONS]
import sys

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d (balance %d)" % (account.owner, amount, account.balance))
        self.shortfall = amount - account.balance

class Frozen(BankError):
    pass

class Account:
    next_number = 1000
    kind = "basic"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.frozen = False
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if self.frozen:
            raise Frozen("account %d is frozen" % self.number)
        self._balance = value
    def limit(self):
        return 0
    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
    def withdraw(self, amount):
        if amount > self.balance + self.limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(-amount)
    def month_end(self):
        pass
    def __repr__(self):
        return "%s(%s #%d: %d)" % (type(self).__name__, self.owner, self.number, self.balance)

class Savings(Account):
    kind = "savings"
    def __init__(self, owner, balance=0, rate_bp=150):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp
    def month_end(self):
        if self.balance > 0:
            self.deposit(self.balance * self.rate_bp // 120000)

class Checking(Account):
    kind = "checking"
    def __init__(self, owner, balance=0, overdraft=500):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def limit(self):
        return self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 25

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = {}
    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            if self.accounts[dst].frozen:
                raise Frozen("destination %d is frozen" % dst)
            self.accounts[src].withdraw(amount)
        except BankError as e:
            key = type(e).__name__
            self.failures[key] = self.failures.get(key, 0) + 1
            return False
        self.accounts[dst].deposit(amount)
        return True
    @staticmethod
    def rng(seed):
        while True:
            seed = seed * 48271 % 2147483647
            yield seed
    def total(self):
        return sum(a.balance for a in self.accounts.values())

class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty
    def take(self, item, qty):
        have = self.stock.get(item, 0)
        if have < qty:
            raise KeyError(item)
        self.stock[item] = have - qty

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    bank = Bank("tracejit savings & loan")
    kinds = [Account, Savings, Checking]
    for i, name in enumerate(["ann", "bob", "cy", "di", "eve", "fay", "gus", "hal"]):
        bank.open(kinds[i % 3], name, 1000 * (i + 1))
    numbers = list(bank.accounts)
    start_total = bank.total()
    rnd = Bank.rng(7)
    inv = Inventory()
    items = ["bolt", "nut", "gear", "belt"]
    ok = shortages = 0
    for t in range(n):
        a, b, amt = next(rnd) % 8, next(rnd) % 8, next(rnd) % 900 + 1
        if a != b and bank.transfer(numbers[a], numbers[b], amt):
            ok += 1
        item = items[next(rnd) % 4]
        if t % 3 == 0:
            inv.add(item, amt % 20)
        else:
            try:
                inv.take(item, amt % 7)
            except KeyError:
                shortages += 1
        if t % 500 == 499:
            bank.accounts[numbers[t % 8]].frozen = not bank.accounts[numbers[t % 8]].frozen
            for acct in bank.accounts.values():
                try:
                    acct.month_end()
                except Frozen:
                    bank.failures["month_end_frozen"] = bank.failures.get("month_end_frozen", 0) + 1
    print(bank.name, "transfers ok:", ok, "failures:", bank.failures)
    print("money in:", start_total, "money now:", bank.total())
    for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
        print(" ", acct, acct.kind, len(acct.history), "frozen" if acct.frozen else "active")
    by_kind = {}
    for acct in bank.accounts.values():
        by_kind.setdefault(acct.kind, []).append(acct.owner)
    print("by kind:", by_kind)
    print("inventory:", inv.stock, "shortages:", shortages)

main()
