# Checks properties inherited by subclasses, overridden properties, and properties calling overridden methods.
class Shape:
    def __init__(self, name):
        self.name = name

    @property
    def area(self):
        return self.compute()

    def compute(self):
        return 0

    @property
    def label(self):
        return self.name + ":" + str(self.area)


class Sq(Shape):
    def __init__(self, s):
        super().__init__("sq")
        self.s = s

    def compute(self):
        return self.s * self.s


class Fixed(Sq):
    @property
    def area(self):
        return 42


print(Shape("x").label, Sq(3).label, Fixed(3).label, Fixed(3).compute())
