# Checks arithmetic special methods on a 2-D vector: __add__, __sub__, __mul__ by scalar, __neg__, __abs__, __eq__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, -a, abs(a))
print(a + b * 3 - Vec(1, 1), (a - a) == Vec(0, 0))
print(a * 0.5, abs(Vec(1, 1)))
total = Vec(0, 0)
for v in [a, b, Vec(10, 10)]:
    total = total + v
print(total)
