# Checks an uncaught TypeError instantiating a class with abstract methods.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

class Circle(Shape):
    def area(self):
        return 3

print("defining done")
Shape()
