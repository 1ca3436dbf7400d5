# Checks ABC and abstractmethod: concrete subclasses work, abstract ones raise TypeError on instantiation.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side

class Half(Shape):
    def area(self):
        return 1

s = Square(3)
print(s.describe(), isinstance(s, Shape), issubclass(Square, Shape), issubclass(Square, ABC))
print(type(Shape).__name__, type(Square).__name__, type(Shape) is ABCMeta)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Impl(Base):
    def run(self):
        return "impl + " + super().run()

    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42

i = Impl.make()
print(i.run(), i.name, Impl.helper(), type(Base).__name__)

class Plain(ABC):
    def hello(self):
        return "hello"

print(Plain().hello(), sorted(Plain.__abstractmethods__))
