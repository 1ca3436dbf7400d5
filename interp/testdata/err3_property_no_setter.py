# Checks the uncaught AttributeError when assigning to a read-only property.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r


c = Circle(3)
print(c.diameter)
c.diameter = 10
