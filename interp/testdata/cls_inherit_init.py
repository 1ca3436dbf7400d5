# Checks inherited __init__ when a subclass defines none, and overriding attributes set by the base __init__.
class Base:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        self.setup()

    def setup(self):
        self.mode = "base"


class Child(Base):
    def setup(self):
        self.mode = "child"


class Grand(Child):
    def __init__(self):
        Child.__init__(self, "g", b=9)
        self.extra = True


c = Child(1)
print(c.a, c.b, c.mode)
g = Grand()
print(g.a, g.b, g.mode, g.extra)
try:
    Child()
except TypeError as e:
    print(type(e).__name__, e)
