# Checks Enum errors: bad values and names, ordering, reassignment, extending, _missing_ and unique.
from enum import Enum, unique

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: Color(5))
attempt(lambda: Color("RED"))
attempt(lambda: Color["BLUE"])
attempt(lambda: Color[1])
attempt(lambda: Color.RED < Color.GREEN)
attempt(lambda: Color.RED + 1)
attempt(lambda: Color.PURPLE)
attempt(lambda: Color.RED.missing)
attempt(lambda: Color())

def reassign():
    Color.RED = 5

def delete():
    del Color.GREEN

attempt(reassign)
attempt(delete)
Color.extra = "fine"
print(Color.extra, Color.RED)

def extend():
    class More(Color):
        BLUE = 3
    return More

attempt(extend)

def bad_sunder():
    class Bad(Enum):
        _reserved_ = 1
    return Bad

attempt(bad_sunder)

class Lenient(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

print(Lenient("a"), Lenient(2))
attempt(lambda: Lenient(7))

class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42

attempt(lambda: Broken(3))

def not_unique():
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
    return Dup

attempt(not_unique)

@unique
class Fine(Enum):
    X = 1
    Y = 2

print(list(Fine))
