# Checks an uncaught AttributeError reading an attribute Enum members lack.
from enum import Enum

class Fruit(Enum):
    APPLE = "apple"

print(Fruit.APPLE.value)
print(Fruit.APPLE.color)
