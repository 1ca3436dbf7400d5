# Checks argument-count TypeErrors for methods, __init__ and class constructors (qualified names, self counted).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy


class Empty:
    pass


p = Point(1, 2)
tests = [
    lambda: p.move(1),
    lambda: p.move(1, 2, 3),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Empty(1),
    lambda: Point.move(p, 1),
    lambda: Point.move(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
print(p.x, p.y)
