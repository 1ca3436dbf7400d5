# Checks bound methods as values: stored and called later, self bound, unbound calls via the class.
class Counter:
    def __init__(self, start):
        self.n = start

    def inc(self, by=1):
        self.n += by
        return self.n


a = Counter(0)
b = Counter(100)
f = a.inc
g = b.inc
print(f(), f(), g(), f(10), a.n, b.n)
print(Counter.inc(a, 5), a.n)
ops = [a.inc, b.inc, a.inc]
print([op() for op in ops])
print(type(f).__name__, callable(f))
print(list(map(Counter(0).inc, [1, 2, 3])))
m1 = a.inc
m2 = a.inc
print(m1 == m2, m1 is m2, a.inc == b.inc)
