# Checks @property getters, setters with validation, deleters and computed read-only properties.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t._c)
t.celsius = -40
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
print(t.celsius, type(Temperature.celsius).__name__)


class Box:
    def __init__(self):
        self._items = [1, 2]

    @property
    def size(self):
        return len(self._items)


b = Box()
print(b.size)
try:
    b.size = 5
except AttributeError as e:
    print(type(e).__name__, e)
