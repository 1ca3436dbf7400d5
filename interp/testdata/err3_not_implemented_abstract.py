# Checks an uncaught NotImplementedError from an abstract-style base method called via a subclass instance.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Blob(Shape):
    pass


print(Square(3).describe())
print(Blob().describe())
