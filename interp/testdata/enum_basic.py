# Checks Enum members: identity, name/value, lookup by value and name, iteration, len, in, aliases, reprs.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), str(Color.BLUE), f"{Color.GREEN}", "%s" % Color.RED)
print(Color.RED.name, Color.RED.value, Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.RED is Color.RED, Color(1) is Color.RED, Color["GREEN"], Color(Color.BLUE))
print(list(Color), len(Color), [c.name for c in Color])
print(Color.RED in Color, Color.CRIMSON in Color)
print(Color, repr(Color), type(Color.RED), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.__name__, Color.RED.__class__.__name__, issubclass(Color, Enum))
print(Color.__members__)
print(list(Color.__members__), Color._member_names_)
print(list(reversed(Color)), bool(Color), bool(Color.RED))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE, Color.RED == 1)
paint = {Color.RED: "warm", Color.BLUE: "cool"}
print(paint[Color.RED], paint.get(Color.CRIMSON), Color.GREEN in paint)
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(max(Color, key=lambda c: c.name))
print({c: c.value * 10 for c in Color})

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PENDING = ("pending", 1)

print(Status("active"), Status.PENDING, repr(Status.PENDING), Status(("pending", 1)))
print(Status.ACTIVE.value.upper(), [s.value for s in Status])
for s in Status:
    print(s.name.lower(), end=" ")
print()

class Empty(Enum):
    pass

print(list(Empty), len(Empty), Empty)

class Private(Enum):
    _hidden = 1
    shown = 2


print(list(Private))
