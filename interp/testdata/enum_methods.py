# Checks methods, properties, class methods and __init__ with tuple values on Enum classes.
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p.name, p.value, p.mass, round(p.surface_gravity, 2))
print(Planet.EARTH.radius, Planet((5.976e+24, 6.37814e6)))

class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    CIRCLE = 0

    def describe(self):
        return f"{self.name.title()} with {self.value} corners"

    @classmethod
    def most_corners(cls):
        return max(cls, key=lambda s: s.value)

    @staticmethod
    def count():
        return len(Shape)

    def __str__(self):
        return self.name.lower()

print(Shape.SQUARE.describe(), Shape.most_corners(), Shape.count())
print(str(Shape.CIRCLE), repr(Shape.CIRCLE), f"{Shape.TRIANGLE}", format(Shape.TRIANGLE, ">10"))

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        if self is Op.SUB:
            return a - b
        return a * b

total = 0
for i in range(30):
    op = list(Op)[i % 3]
    total = op.apply(total, i % 5 + 1)
print(total)
print([op.apply(6, 3) for op in Op])

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @property
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    def next(self):
        return Weekday(self.value % 7 + 1)

d = Weekday.FRI
for _ in range(4):
    print(d.name, d.is_weekend)
    d = d.next()
print(Weekday.MON.__class__ is Weekday, vars(Weekday.MON)["_name_"])
