# Checks comparison fallbacks: NotImplemented from __lt__ tries the reflected __gt__, and == falls back to identity.
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Num.__lt__")
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        print("Num.__gt__")
        if isinstance(other, Num):
            return self.v > other.v
        if isinstance(other, int):
            return self.v > other
        return NotImplemented

    def __eq__(self, other):
        print("Num.__eq__")
        return NotImplemented


n = Num(5)
print(n < Num(7))
print(3 < n)
print(n > 2)
print(n == n, n == Num(5), n != Num(5))
try:
    print(n < 3)
except TypeError as e:
    print(type(e).__name__, e)
