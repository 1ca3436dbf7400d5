# Checks that a subclass overriding the reflected method gets it tried before the base class's forward method.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"

    def __mul__(self, o):
        return "Base.__mul__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + Base(2))
print(Base(1) * Derived(2))
