# Checks __eq__ on user classes and that != is derived from __eq__ when __ne__ is not defined.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    __hash__ = None


a = Money(100)
b = Money(100)
c = Money(5)
print(a == b, a != b, a == c, a != c, a is b)
print(a == 100, a != 100, 100 == a)
print(a in [c, b], [a, c].count(Money(5)), [c, a].index(b))


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"


x = AlwaysEqual()
print(x == 3, x != 3, 3 == x, None == x)
