# Checks the uncaught TypeError when an instance whose class defines __eq__ but not __hash__ is used as a dict key.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


print(Point(1, 2) == Point(1, 2))
seen = {Point(1, 2): True}
