# Checks an uncaught TypeError ordering Enum members.
from enum import Enum

class Size(Enum):
    S = 1
    M = 2

print(Size.S == Size.S)
print(Size.S < Size.M)
