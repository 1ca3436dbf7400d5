# Checks namedtuple classes: fields, indexing, unpacking, _asdict/_replace/_make, defaults, tuple equality.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], len(p), list(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p != (2, 1), hash(p) == hash((1, 2)))
print(Point._fields, Point.__name__, type(p).__name__, isinstance(p, tuple), isinstance(p, Point))
print(p._asdict(), p._replace(y=5), Point._make([7, 8]), Point._make(range(2)))
print(p + (3,), p * 2, p[:1], p.count(1), p.index(2), 2 in p, sorted(Point(3, 1)))
print(Point(x=10, y=20), Point(5, y=6))
print(Point.__doc__)

P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3), P3._fields)
P4 = namedtuple("P4", "a, b ,c")
print(P4(1, 2, 3))
D = namedtuple("D", "a b c", defaults=[0, 1])
print(D(5), D(5, 6), D(5, 6, 7), D._field_defaults)
E = namedtuple("E", "a b", defaults=(None,))
print(E(1), E._field_defaults)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields, R(1, 2, 3, 4))
print(namedtuple("Empty", [])(), namedtuple("One", "v")(1))

pts = [Point(3, 4), Point(1, 2), Point(3, 1)]
print(sorted(pts), max(pts), min(pts, key=lambda q: q.y))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d[(0, 0)])
total = Point(0, 0)
for q in pts:
    total = Point(total.x + q.x, total.y + q.y)
print(total)
print([q.x * q.y for q in pts])
Nested = namedtuple("Nested", "p q")
n = Nested(Point(1, 2), [3])
print(n, n.p.x, n.q)
n.q.append(4)
print(n)
print(Point(1, 2) < Point(1, 3), Point(2, 0) > (1, 9))
