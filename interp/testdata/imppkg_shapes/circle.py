from .geometry.constants import PI

print("circle: loaded as", __name__, "package", __package__)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r * self.r
