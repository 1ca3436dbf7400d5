# Checks the iteration protocol on user classes: __iter__ returning self with __next__, and __iter__ as a generator.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
for v in Countdown(2):
    print("v", v)


class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        i = self.lo
        while i < self.hi:
            yield i
            i += 1


r = Range2(2, 6)
print(list(r), list(r), sum(r), 4 in r, 9 in r)
print(sorted(Range2(0, 4), reverse=True), max(Range2(1, 3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "stop"))
