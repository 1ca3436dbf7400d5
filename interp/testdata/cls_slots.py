# Checks __slots__: allowed attributes work, others raise AttributeError, and there is no instance __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))


class Partial:
    __slots__ = ["a", "b"]


q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(q, "a"), hasattr(q, "b"))
