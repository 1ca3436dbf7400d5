# Checks classes derived from namedtuple classes: methods, properties, super() and __slots__.
from collections import namedtuple

class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return f"<{self.x}, {self.y}>"

v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, repr(v + w), v * 3, w.norm2, str(v), f"{w}")
print(isinstance(v, tuple), type(v).__name__, Vector._fields, v._replace(x=9))
print(Vector._make([5, 6]), type(Vector._make([5, 6])).__name__, v._asdict())
try:
    v.z = 3
except AttributeError as e:
    print("AttributeError", e)

class Person(namedtuple("Person", ["name", "age"], defaults=[0])):
    def greet(self):
        return "Hi, " + self.name

    def older(self, years):
        return self._replace(age=self.age + years)

    def __repr__(self):
        return "Person<" + super().__repr__() + ">"

ann = Person("Ann")
print(ann, ann.greet(), ann.older(5), ann.age)
ann.nickname = "A"
print(ann.nickname)

class Card(namedtuple("Card", "rank suit")):
    RANKS = "23456789TJQKA"

    @classmethod
    def parse(cls, s):
        return cls(s[0], s[1])

    def value(self):
        return self.RANKS.index(self.rank)

hand = [Card.parse(s) for s in ["Ah", "Td", "3c", "Ks"]]
print(sorted(hand, key=Card.value))
print([c.value() for c in hand], hand[0] == ("A", "h"))
