# Checks the legacy sequence protocol: a class with only __getitem__ is iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i


print(list(Squares(5)))
for v in Squares(3):
    print(v)
a, b = Squares(2)
print(a, b, sum(Squares(4)), sorted(Squares(4), reverse=True))
it = iter(Squares(2))
print(next(it), next(it), next(it, "end"))
