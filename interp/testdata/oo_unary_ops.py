# Checks unary special methods __neg__, __pos__, __invert__ and __abs__, plus __int__/__float__ conversions.
class Bits:
    def __init__(self, v, width=8):
        self.v = v
        self.width = width

    def __invert__(self):
        return Bits(~self.v & ((1 << self.width) - 1), self.width)

    def __neg__(self):
        return Bits((-self.v) & ((1 << self.width) - 1), self.width)

    def __pos__(self):
        return self

    def __abs__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v / 2

    def __repr__(self):
        return format(self.v, "08b")


b = Bits(5)
print(~b, -b, +b, abs(b), +b is b)
print(int(b), float(b), ~~b, int(-Bits(1)))
