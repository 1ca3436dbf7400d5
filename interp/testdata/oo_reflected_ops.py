# Checks reflected operators __radd__/__rsub__/__rmul__ when the left operand is a builtin, and sum() starting at 0.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)

    def __rsub__(self, o):
        return Meters(o - self.v)

    def __mul__(self, k):
        return Meters(self.v * k)

    def __rmul__(self, k):
        print("rmul with", k)
        return Meters(self.v * k)

    def __repr__(self):
        return "%rm" % (self.v,)


m = Meters(5)
print(m + 1, 1 + m)
print(10 - m, 3 * m, m * 3)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(2.5 + m)
