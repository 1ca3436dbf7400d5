# Checks a Fraction-like class with __truediv__, __floordiv__, __mod__, __pow__, __neg__, __abs__ and their reflections.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    def __repr__(self):
        return "%d/%d" % (self.n, self.d)

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        return self + (-Frac.of(o))

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __floordiv__(self, o):
        o = Frac.of(o)
        return (self.n * o.d) // (self.d * o.n)

    def __mod__(self, o):
        o = Frac.of(o)
        return self - o * (self // o)

    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d


a = Frac(1, 2)
b = Frac(3, 4)
print(a + b, a - b, a * b, a / b, 1 - a, 2 * b, 1 / b, 3 + a)
print(Frac(7, 2) // Frac(1, 3), Frac(7, 2) % Frac(1, 3), b ** 2, b ** -2, -a, abs(Frac(-5, 10)))
print(a + a == 1, Frac(6, -8))
