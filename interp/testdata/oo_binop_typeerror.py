# Checks the TypeError wording for unsupported binary/unary operators on user instances.
class A:
    pass


class B:
    def __add__(self, other):
        return NotImplemented


tests = [lambda: A() + 1, lambda: 1 + A(), lambda: A() * A(), lambda: B() + B(), lambda: A() - "s",
         lambda: -A(), lambda: abs(A()), lambda: A() / 2, lambda: A() ** 2, lambda: A() % 3, lambda: 2 // A()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
x = A()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
