# Checks a traceback for an error raised inside __add__ invoked by the + operator.
class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch: " + self.currency + " vs " + other.currency)
        return Money(self.cents + other.cents, self.currency)


a = Money(100, "EUR") + Money(50, "EUR")
print(a.cents)
b = a + Money(1, "USD")
