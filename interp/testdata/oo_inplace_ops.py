# Checks in-place operators: __iadd__/__isub__/__imul__ mutate and return self; without them += falls back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __isub__(self, other):
        for x in other:
            self.items.remove(x)
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return self

    def __repr__(self):
        return "Bag(%r)" % (self.items,)


b = Bag([1])
alias = b
b += [2, 3]
b -= [1]
b *= 2
print(b, alias is b, alias)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __ipow__(self, k):
        self.v = self.v ** k
        return self


n = Num(1)
keep = n
n += 5
print(n.v, keep.v, n is keep)
n **= 2
print(n.v)


class Broken:
    def __iadd__(self, o):
        pass


x = Broken()
x += 1
print(x)
