# Checks auto() values, mixing auto with explicit values, and a custom _generate_next_value_.
from enum import Enum, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

print(list(Color), Color.BLUE.value)

class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()
    D = auto()
    E = 3
    F = 11

print([(m.name, m.value) for m in Mixed], Mixed.F, Mixed.F is Mixed.C)

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()
    EAST = "e"
    WEST = auto()

print(list(Named), Named("south1"))

class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100

class Derived(Base):
    X = auto()
    Y = auto()

print(list(Derived))

class Level(Enum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

    def __lt__(self, other):
        return self.value < other.value

print(sorted([Level.HIGH, Level.LOW, Level.MID]), Level.LOW < Level.HIGH)
print(type(auto()).__name__)
