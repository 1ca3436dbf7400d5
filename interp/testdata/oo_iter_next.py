# Checks a class with __iter__ returning a separate iterator object with __next__, allowing repeated iteration.
class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


f = Fib(50)
print(list(f))
print(sum(f), max(f), len(list(f)))
print([(x, y) for x in Fib(2) for y in Fib(1)])
it = iter(f)
print(next(it), next(it), next(it), next(it))
print(dict(zip(Fib(5), "abcdefg")))
