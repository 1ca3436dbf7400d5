# Checks __hash__ with __eq__: equal instances collapse as dict keys and set members, lookups with fresh instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)


d = {Point(1, 2): "a", Point(3, 4): "b"}
d[Point(1, 2)] = "A"
print(d, len(d), d[Point(3, 4)], Point(5, 5) in d)
s = set([Point(0, 0), Point(0, 0), Point(1, 0)])
print(len(s), Point(1, 0) in s, sorted(s, key=lambda p: (p.x, p.y)))
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self.k == other.k


print(len({Key(1), Key(2), Key(1)}), {Key("a"): 1}[Key("a")])
