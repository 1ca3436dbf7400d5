# Checks a class with __init__ and methods: instance state, method calls, methods calling methods.
class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        self.w *= k
        self.h *= k
        return self

    def describe(self):
        return "%dx%d area=%d perim=%d" % (self.w, self.h, self.area(), self.perimeter())


r = Rectangle(3, 4)
print(r.area(), r.perimeter())
print(r.describe())
r.scale(2).scale(3)
print(r.describe(), r.w, r.h)
s = Rectangle(1, 1)
print(s.describe(), r.area())
