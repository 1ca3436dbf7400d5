# Checks `in`: __contains__ first, then iteration via __iter__, then the old __getitem__ protocol.
class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0


class Listed:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class Indexed:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(4 in Evens(), 3 in Evens(), 5 not in Evens())
print(2 in Listed([1, 2]), 9 in Listed([1, 2]))
print(20 in Indexed(), 30 in Indexed(), list(Indexed()))


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
