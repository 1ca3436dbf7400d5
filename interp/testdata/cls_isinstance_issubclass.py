# Checks isinstance/issubclass with user classes, tuples of classes, builtins and object.
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Unit(Square): pass


u = Unit()
print(isinstance(u, Unit), isinstance(u, Square), isinstance(u, Shape), isinstance(u, Circle))
print(isinstance(u, (Circle, Square)), isinstance(u, (int, str)), isinstance(u, object))
print(issubclass(Unit, Shape), issubclass(Shape, Unit), issubclass(Unit, Unit), issubclass(Circle, (int, Square)))
print(issubclass(bool, int), issubclass(int, object), isinstance(True, int), isinstance(3, (str, float, int)))
print(issubclass(Circle, object), isinstance(Shape, type), isinstance(Shape(), type))
try:
    issubclass(u, Shape)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(u, 3)
except TypeError as e:
    print(type(e).__name__, e)
