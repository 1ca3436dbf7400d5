"""A small module imported by the import_* programs."""
print("impmod_basic: executing as", __name__)

GREETING = "hello"
numbers = [1, 2, 3]


def greet(who):
    return GREETING + ", " + who


def total():
    return sum(numbers)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


if __name__ == "__main__":
    print("impmod_basic: main guard ran (wrong when imported)")
