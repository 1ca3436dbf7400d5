# Checks __call__: callable instances with state, arguments and keywords, and callable() on them.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.k + extra


triple = Multiplier(3)
print(triple(4), triple(5, extra=1), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(callable(triple), callable(Multiplier), callable(triple.k))


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *values):
        self.total += sum(values)
        return self


acc = Accumulator()
acc(1)(2, 3)(4)
print(acc.total, sorted([3, -1, 2], key=Multiplier(-1)))
